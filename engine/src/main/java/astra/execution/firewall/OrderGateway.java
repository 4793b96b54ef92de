package astra.execution.firewall;

import astra.domain.ClientOrderId;
import java.util.List;

/**
 * All a strategy may do with orders: ask for them to be sent, or cancelled. The implementation is
 * the executor firewall, which alone holds the venue; a strategy never sees the venue itself.
 */
public interface OrderGateway {

    /** Validates, budgets, records, reserves, signs and sends; one result per request, in order. */
    List<SubmitResult> submit(List<OrderRequest> requests);

    /** Cancels our orders; every cancelled id counts against the mutation budget. */
    CancelResult cancel(List<ClientOrderId> orders, String reason);
}
