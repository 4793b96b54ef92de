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
}
