package astra.execution.firewall;

import astra.domain.ClientOrderId;
import astra.domain.OrderId;
import astra.domain.OrderStatus;
import java.util.Objects;
import java.util.Optional;

/** What became of one submitted intent: refused by the firewall, or sent and recorded in a status. */
public sealed interface SubmitResult permits Refusal, SubmitResult.Sent {
    ClientOrderId clientOrderId();

    /**
     * The intent was recorded, signed and sent. {@code status} is what the venue's answer made of it:
     * LIVE (accepted), REJECTED (refused, with the venue's reason) or UNKNOWN (no clear answer; the
     * order may exist and is resolved by its hash, never assumed rejected).
     */
    record Sent(ClientOrderId clientOrderId, OrderId venueId, OrderStatus status, Optional<String> reason)
            implements SubmitResult {
        public Sent {
            Objects.requireNonNull(clientOrderId, "clientOrderId");
            Objects.requireNonNull(venueId, "venueId");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
