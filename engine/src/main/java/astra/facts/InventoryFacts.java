package astra.facts;

/**
 * Our position in one market as the caps see it, in millionths.
 *
 * @param netYesMicros net YES exposure in share micros: YES tokens minus NO tokens (a NO token is a
 *     short YES), positive = long YES; 0 for a market the session does not trade, whose tokens'
 *     roles it does not know
 * @param exposureUsdMicros what the position is worth at the mark (mid) on the side it is on, in
 *     pUSD micros: |net| x mid when long YES, |net| x (1 - mid) when long NO; with no mark (a
 *     market the session does not trade, or whose book gave no mid this cycle) every share held at
 *     face value, 1 pUSD; never negative
 * @param reservedUsdMicros pUSD micros reserved by our open orders in the market; reservations
 *     count against caps before the orders fill
 */
public record InventoryFacts(String market, long netYesMicros, long exposureUsdMicros, long reservedUsdMicros) {
    public InventoryFacts {
        FactChecks.market(market);
        FactChecks.notNegative(exposureUsdMicros, "exposureUsdMicros");
        FactChecks.notNegative(reservedUsdMicros, "reservedUsdMicros");
    }

    /** Exposure the caps count: the position at mark plus the reservations of open orders. */
    public long atRiskUsdMicros() {
        return Math.addExact(exposureUsdMicros, reservedUsdMicros);
    }
}
