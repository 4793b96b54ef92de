package astra.execution.firewall;

import astra.domain.Usd;

/**
 * The wallet's pUSD as last read from the venue or chain: the whole balance, not net of open
 * orders. The firewall subtracts every collateral reservation itself, so an order in flight is
 * counted even before the venue reports it.
 */
@FunctionalInterface
public interface CollateralBalance {
    Usd total();

    /**
     * pUSD left the wallet since the last read (a buy filled, and its reservation was released or
     * shrunk): a balance kept from before must not be used again, or the pUSD that buy spent would
     * count as free once more.
     */
    default void spent() {}
}
