package astra.facts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * An outside view of a market's probability, for the separate, gated satellite book. It never
 * moves the maker's fair value.
 *
 * @param probability the signal's probability of YES, in [0, 1]
 * @param tier how strong its evidence is
 * @param source where it came from, for the audit
 * @param atMillis when the signal was produced, epoch milliseconds
 * @param edgeAfterFees |probability - price| minus the taker fee per share at that price, as a
 *     fraction of one share's payout; may be negative
 */
public record SatelliteSignal(
        String market, BigDecimal probability, EvidenceTier tier, String source, long atMillis,
        BigDecimal edgeAfterFees) {
    public SatelliteSignal {
        FactChecks.market(market);
        FactChecks.unitInterval(probability, "signal probability");
        FactChecks.required(tier, "evidence tier");
        FactChecks.required(source, "source");
        FactChecks.required(edgeAfterFees, "edge after fees");
    }

    public Instant at() {
        return Instant.ofEpochMilli(atMillis);
    }
}
