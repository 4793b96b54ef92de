package astra.ports;

import astra.domain.OrderId;
import java.util.Objects;

/** What became of one submitted order. There is no "assumed rejected": no answer is {@link Ambiguous}. */
public sealed interface SubmitOutcome {
    OrderId venueId();

    /** The venue took the order; {@code matchedOnEntry} when it traded at once (fully or in part). */
    record Accepted(OrderId venueId, boolean matchedOnEntry) implements SubmitOutcome {
        public Accepted {
            Objects.requireNonNull(venueId, "venueId");
        }
    }

    /** The venue refused the order, with its reason. */
    record Rejected(OrderId venueId, String reason) implements SubmitOutcome {
        public Rejected {
            Objects.requireNonNull(venueId, "venueId");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** No clear answer (time-out, 5xx, 425): the order may exist; resolve it by its hash. */
    record Ambiguous(OrderId venueId, String reason) implements SubmitOutcome {
        public Ambiguous {
            Objects.requireNonNull(venueId, "venueId");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
