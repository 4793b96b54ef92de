package astra.strategy.select;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A market offered to the active set: its score, its cluster (markets whose outcomes move together;
 * a negRisk event is one cluster) and the rules' veto, if any (from
 * {@link astra.strategy.QuotePermissions#vetoReason()}).
 */
public record ActiveSetCandidate(ConditionId market, String cluster, BigDecimal score, Optional<String> vetoReason) {
    public ActiveSetCandidate {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(vetoReason, "vetoReason");
        if (cluster.isBlank()) {
            throw new IllegalArgumentException("a candidate needs a cluster");
        }
    }
}
