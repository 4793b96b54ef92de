package astra.execution.firewall;

import astra.domain.ClientOrderId;
import java.util.List;
import java.util.Objects;

/**
 * What became of a cancel request: the orders the venue confirmed cancelled, those sent but not
 * confirmed (they may still be open; reconciliation settles them), and those refused before sending.
 */
public record CancelResult(List<ClientOrderId> cancelled, List<ClientOrderId> unconfirmed, List<Refusal> refused) {
    public CancelResult {
        cancelled = List.copyOf(Objects.requireNonNull(cancelled, "cancelled"));
        unconfirmed = List.copyOf(Objects.requireNonNull(unconfirmed, "unconfirmed"));
        refused = List.copyOf(Objects.requireNonNull(refused, "refused"));
    }
}
