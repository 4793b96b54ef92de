package astra.strategy.satellite;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the rules allow the satellite book (policy: edge ≥ satellite.min-edge, 15 %; tiers A and B;
 * within satellite.budget, 15 % of bankroll, which the {@link SatelliteBudget} holds).
 *
 * @param denial present when the rules forbid satellite orders altogether, with their reason
 */
public record SatellitePermission(BigDecimal minEdge, Set<EvidenceTier> allowedTiers, Optional<String> denial) {
    public SatellitePermission {
        Objects.requireNonNull(minEdge, "minEdge");
        allowedTiers = allowedTiers.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowedTiers));
        Objects.requireNonNull(denial, "denial");
        if (minEdge.signum() <= 0 || minEdge.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("minEdge must be in (0, 1], was " + minEdge.toPlainString());
        }
    }

    public static SatellitePermission allowing(BigDecimal minEdge, Set<EvidenceTier> tiers) {
        return new SatellitePermission(minEdge, tiers, Optional.empty());
    }
}
