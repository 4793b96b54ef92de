package astra.strategy.satellite;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/** An external estimate that a market resolves YES, with its evidence tier, source and time. */
public record SatelliteSignal(ConditionId market, BigDecimal yesProbability, EvidenceTier tier, String source,
        Instant time) {
    public SatelliteSignal {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(yesProbability, "yesProbability");
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        if (yesProbability.signum() < 0 || yesProbability.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("probability must be in [0, 1], was " + yesProbability.toPlainString());
        }
        if (source.isBlank()) {
            throw new IllegalArgumentException("a signal needs a source");
        }
    }
}
