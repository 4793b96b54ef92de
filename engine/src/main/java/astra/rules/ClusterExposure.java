package astra.rules;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One cluster's exposure at the start of a cycle: the markets' positions at mark plus their open
 * orders' reservations, in pUSD micros, and the bankroll it is measured against.
 */
public record ClusterExposure(String cluster, long exposureMicros, long bankrollMicros) {
    public ClusterExposure {
        Objects.requireNonNull(cluster, "cluster");
        if (exposureMicros < 0) {
            throw new IllegalArgumentException("cluster exposure must not be negative, was " + exposureMicros);
        }
        Bankroll.requirePositive(bankrollMicros);
    }

    /** True when the exposure is at or above this fraction of bankroll: no new risk at the cap. */
    public boolean reaches(BigDecimal capFraction) {
        return Bankroll.reaches(exposureMicros, capFraction, bankrollMicros);
    }

    /** Exposure as a fraction of bankroll (six decimals; for messages). */
    public BigDecimal fraction() {
        return Bankroll.fraction(exposureMicros, bankrollMicros);
    }
}
