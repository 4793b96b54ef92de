package astra.rules;

import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A decision fact inserted by a rule: what it decides, for which market (empty for the whole
 * account), why (an UPPER_SNAKE reason code), by which rule ({@code drools.getRule().getName()})
 * and under which rules version (the global {@code rulesVersion}). Never a bare boolean, so the
 * audit log can say why a quote was not sent.
 */
public record Decision(
        Optional<ConditionId> market,
        DecisionKind kind,
        String reasonCode,
        String ruleName,
        String rulesVersion,
        String detail) {

    public Decision {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(kind, "kind");
        if (reasonCode == null || !reasonCode.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("reason code must be UPPER_SNAKE_CASE, was " + reasonCode);
        }
        requireText(ruleName, "rule name");
        requireText(rulesVersion, "rules version");
        Objects.requireNonNull(detail, "detail");
    }

    /** A decision about one market; the form rules use from their right-hand side. */
    public static Decision forMarket(ConditionId market, DecisionKind kind, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return new Decision(Optional.of(market), kind, reasonCode, ruleName, rulesVersion, detail);
    }

    /** A decision about the whole account (a dead heartbeat, a blind user channel). */
    public static Decision forAccount(DecisionKind kind, String reasonCode,
            String ruleName, String rulesVersion, String detail) {
        return new Decision(Optional.empty(), kind, reasonCode, ruleName, rulesVersion, detail);
    }

    /** The audit line for this decision, stamped with the cycle's time. */
    public DecisionRecord toRecord(Instant at) {
        return new DecisionRecord(at, market, kind.name(), reasonCode, ruleName, rulesVersion, detail);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
