package astra.polymarket.venue;

import astra.domain.ConditionId;

/** A market the directory does not know: its exchange and fees cannot be told, so nothing is signed or priced. */
public final class UnknownMarketException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public UnknownMarketException(ConditionId market) {
        super("market " + market + " is not in the market directory: its exchange (negRisk, protocol version)"
                + " and fee schedule are unknown; refresh the catalog");
    }
}
