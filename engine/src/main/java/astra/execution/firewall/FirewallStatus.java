package astra.execution.firewall;

import java.util.Objects;
import java.util.Optional;

/**
 * The firewall at a glance, for health checks and the admin view.
 *
 * @param gate "open", "halted: …" or "awaiting a successful reconciliation"
 * @param mutationsInWindow mutations stamped in the current rolling window
 * @param budgetRefusals intents and cancels refused for want of budget since start
 * @param lastCancelAllFailure the last cancel-all that could not be confirmed, until one succeeds
 */
public record FirewallStatus(String gate, boolean acceptsOrders, int mutationsInWindow, long budgetRefusals,
        Optional<String> lastCancelAllFailure) {
    public FirewallStatus {
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(lastCancelAllFailure, "lastCancelAllFailure");
    }
}
