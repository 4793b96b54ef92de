package astra.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the decision audit: what was decided, about which market, why (a reason code), by
 * which rule and under which rules version. Every veto or denial leaves one, so a person can see
 * why a quote was not sent.
 */
public record DecisionRecord(
        Instant at,
        Optional<ConditionId> market,
        String decision,
        String reasonCode,
        String ruleName,
        String rulesVersion,
        String detail) {

    public DecisionRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(market, "market");
        Ids.require(decision, "decision");
        Ids.require(reasonCode, "reason code");
        Ids.require(ruleName, "rule name");
        Ids.require(rulesVersion, "rules version");
        Objects.requireNonNull(detail, "detail");
    }
}
