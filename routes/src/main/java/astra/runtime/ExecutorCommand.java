package astra.runtime;

import astra.domain.ClientOrderId;
import astra.execution.firewall.OrderRequest;
import java.util.List;
import java.util.Objects;

/** What the decision thread and the timers ask of the executor's sender, as immutable messages. */
public sealed interface ExecutorCommand {

    /** New orders, through the firewall. */
    record Submit(List<OrderRequest> requests) implements ExecutorCommand {
        public Submit {
            requests = List.copyOf(requests);
        }
    }

    /** Our orders to cancel, with why. */
    record Cancel(List<ClientOrderId> orders, String reason) implements ExecutorCommand {
        public Cancel {
            orders = List.copyOf(orders);
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Compare the store with the venue and settle the differences. */
    record Reconcile(String why) implements ExecutorCommand {}

    /** Cancel everything (a rule asked for it, or the session ends). */
    record CancelAll(String reason) implements ExecutorCommand {}
}
