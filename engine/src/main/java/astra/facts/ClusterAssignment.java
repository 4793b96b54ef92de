package astra.facts;

import astra.domain.ClusterId;
import astra.domain.Market;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which cluster a market belongs to, for the cluster cap. A pure function of its inputs, so the
 * same market always lands in the same cluster, across restarts and cluster members:
 * <ol>
 *   <li>a negRisk market belongs to its event's cluster, {@code negrisk:<negRiskMarketId>} (or the
 *       group configured for that id): all outcomes of one negRisk event are ONE cluster, since
 *       exactly one of them resolves YES;
 *   <li>otherwise the group configured for its condition id, if any (markets an officer knows move
 *       together, e.g. several questions on one election);
 *   <li>otherwise its event, {@code event:<eventId>}, when known;
 *   <li>otherwise the market alone, {@code market:<conditionId>}.
 * </ol>
 */
public final class ClusterAssignment {
    private final Map<String, String> configuredGroups;

    /** {@code configuredGroups}: condition id (or negRisk market id) to group name. */
    public ClusterAssignment(Map<String, String> configuredGroups) {
        this.configuredGroups = Map.copyOf(configuredGroups);
        this.configuredGroups.forEach((id, group) -> {
            if (id.isBlank() || group.isBlank()) {
                throw new IllegalArgumentException("cluster grouping needs non-blank ids and names: " + id + " -> " + group);
            }
        });
    }

    public static ClusterAssignment unconfigured() {
        return new ClusterAssignment(Map.of());
    }

    public String clusterOf(String conditionId, Optional<String> negRiskMarketId, Optional<String> eventId) {
        FactChecks.market(conditionId);
        Objects.requireNonNull(negRiskMarketId, "negRiskMarketId");
        Objects.requireNonNull(eventId, "eventId");
        if (negRiskMarketId.isPresent()) {
            String event = negRiskMarketId.get();
            return configured(event).orElse("negrisk:" + event);
        }
        return configured(conditionId)
                .or(() -> eventId.map(e -> "event:" + e))
                .orElse("market:" + conditionId);
    }

    public String clusterOf(Market market, Optional<String> eventId) {
        return clusterOf(market.conditionId().value(), market.negRiskMarketId().map(Object::toString), eventId);
    }

    /** The same cluster as a typed id, for reports and caps outside the fact store. */
    public ClusterId clusterIdOf(Market market, Optional<String> eventId) {
        return new ClusterId(clusterOf(market, eventId));
    }

    private Optional<String> configured(String id) {
        return Optional.ofNullable(configuredGroups.get(id)).map(group -> "group:" + group);
    }
}
