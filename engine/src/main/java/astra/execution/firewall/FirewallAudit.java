package astra.execution.firewall;

import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import astra.ports.OrderStore;
import java.time.Clock;
import java.util.Optional;

/** Writes the firewall's lines of the decision audit. The firewall is code, not rules: its rules version is fixed. */
final class FirewallAudit {
    static final String RULES_VERSION = "firewall";

    private final OrderStore store;
    private final Clock clock;

    FirewallAudit(OrderStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    void refusal(Optional<ConditionId> market, String decision, Refusal refusal) {
        store.audit(new DecisionRecord(clock.instant(), market, decision, refusal.code().name(),
                refusal.code().ruleName(), RULES_VERSION, "order " + refusal.clientOrderId() + ": " + refusal.detail()));
    }

    void event(Optional<ConditionId> market, String decision, String reasonCode, String ruleName, String detail) {
        store.audit(new DecisionRecord(clock.instant(), market, decision, reasonCode, ruleName, RULES_VERSION, detail));
    }
}
