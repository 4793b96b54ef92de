package astra.strategy.select;

import astra.domain.ConditionId;
import java.util.List;
import java.util.Objects;

/** The markets chosen to quote, best first, and every market left out with the reason. */
public record ActiveSet(List<ActiveSetCandidate> selected, List<Skipped> skipped) {

    public ActiveSet {
        selected = List.copyOf(selected);
        skipped = List.copyOf(skipped);
    }

    public List<ConditionId> markets() {
        return selected.stream().map(ActiveSetCandidate::market).toList();
    }

    /** A market not selected and why. */
    public record Skipped(ConditionId market, String reason) {
        public Skipped {
            Objects.requireNonNull(market, "market");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
