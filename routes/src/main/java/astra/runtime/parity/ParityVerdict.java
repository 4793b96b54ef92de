package astra.runtime.parity;

import astra.domain.ConditionId;
import astra.rules.Decision;
import astra.rules.DecisionKind;
import astra.rules.MarketDecision;
import astra.rules.TradingAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the rules said about parity in one market in one cycle.
 *
 * @param allowed the rules allow parity here (an ALLOW_PARITY, no DENY_PARITY, and a state that allows PARITY)
 * @param denials the DENY_PARITY decisions, each naming its rule and reason code (empty when none fired)
 * @param reason one line: the allowing rule, the denying rules, or why nothing allowed it
 */
public record ParityVerdict(ConditionId market, boolean allowed, List<Decision> denials, String reason) {
    public ParityVerdict {
        Objects.requireNonNull(market, "market");
        denials = List.copyOf(denials);
        Objects.requireNonNull(reason, "reason");
        if (allowed && !denials.isEmpty()) {
            throw new IllegalArgumentException("parity in " + market + " cannot be allowed and denied at once");
        }
    }

    /** The verdict a market's combined decision carries (plain loops: it runs for every market every cycle). */
    public static ParityVerdict of(MarketDecision decision) {
        Objects.requireNonNull(decision, "decision");
        List<Decision> denials = new ArrayList<>();
        String allowedBy = null;
        for (Decision d : decision.because()) {
            if (d.kind() == DecisionKind.DENY_PARITY) {
                denials.add(d);
            } else if (allowedBy == null && d.kind() == DecisionKind.ALLOW_PARITY) {
                allowedBy = d.ruleName();
            }
        }
        if (decision.parityAllowed()) {
            return new ParityVerdict(decision.market(), true, List.of(),
                    "allowed by " + (allowedBy == null ? "(unnamed rule)" : allowedBy));
        }
        if (!denials.isEmpty()) {
            Set<String> deniers = new LinkedHashSet<>(); // each rule and reason once, in decision order
            for (Decision d : denials) {
                deniers.add(d.ruleName() + " (" + d.reasonCode() + ")");
            }
            return new ParityVerdict(decision.market(), false, denials, "denied by " + String.join(", ", deniers));
        }
        if (!decision.allows(TradingAction.PARITY)) {
            return new ParityVerdict(decision.market(), false, List.of(),
                    "state " + decision.state() + " does not allow PARITY");
        }
        return new ParityVerdict(decision.market(), false, List.of(), "no rule allowed parity");
    }

    /** True when a rule of this name is among the denials. */
    public boolean deniedBy(String ruleName) {
        return denials.stream().anyMatch(d -> d.ruleName().equals(ruleName));
    }

    /** True when a denial carries this reason code. */
    public boolean deniedFor(String reasonCode) {
        return denials.stream().anyMatch(d -> d.reasonCode().equals(reasonCode));
    }
}
