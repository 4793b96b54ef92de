package astra.strategy.satellite;

import java.util.Objects;
import java.util.Optional;

/** The filter's answer for one signal: a candidate, or why not. */
public record SatelliteDecision(Optional<SatelliteCandidate> candidate, String reason) {
    public SatelliteDecision {
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(reason, "reason");
    }

    static SatelliteDecision rejected(String reason) {
        return new SatelliteDecision(Optional.empty(), reason);
    }
}
