package astra.strategy.parity;

import astra.domain.ConditionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What a scan of one market found, or why it refused to look. */
public record ParityScan(ConditionId market, List<ParityOpportunity> opportunities, Optional<String> refusal) {
    public ParityScan {
        Objects.requireNonNull(market, "market");
        opportunities = List.copyOf(opportunities);
        Objects.requireNonNull(refusal, "refusal");
        if (refusal.isPresent() && !opportunities.isEmpty()) {
            throw new IllegalArgumentException("a refused scan has no opportunities");
        }
    }

    static ParityScan refused(ConditionId market, String reason) {
        return new ParityScan(market, List.of(), Optional.of(reason));
    }
}
