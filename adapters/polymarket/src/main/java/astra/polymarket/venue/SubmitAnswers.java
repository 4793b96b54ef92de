package astra.polymarket.venue;

import astra.domain.OrderId;
import astra.polymarket.clob.PostOrderResult;
import astra.polymarket.clob.VenueOrderStatus;
import astra.polymarket.rest.VenueErrorKind;
import astra.polymarket.rest.VenueException;
import astra.ports.SubmitOutcome;
import java.util.List;

/**
 * Reads the venue's answers to a submit as {@link SubmitOutcome}s.
 *
 * <ul>
 *   <li>{@code success: true} is Accepted, {@code matchedOnEntry} when the status is "matched";
 *   <li>{@code success: false} is Rejected with the venue's {@code errorMsg};
 *   <li>a refusal of the whole request before it was processed (HTTP 400, 401/403, 404, 429) is
 *       Rejected for each order, with the venue's message: no order was created;
 *   <li>anything else — time-out, lost connection, 425, 5xx, an unreadable 2xx — is Ambiguous for
 *       every order: the venue may hold them, and they are resolved by their hashes.
 * </ul>
 * An accepted answer that names another order id than the hash we signed is Ambiguous too: what
 * the venue holds under our hash is unknown.
 */
final class SubmitAnswers {
    private SubmitAnswers() {}

    static SubmitOutcome of(OrderId ours, PostOrderResult answer) {
        if (!answer.success()) {
            return new SubmitOutcome.Rejected(ours, answer.errorMsg().orElse("refused without a message"));
        }
        OrderId theirs = answer.orderId().orElseThrow();
        if (!theirs.value().equalsIgnoreCase(ours.value())) {
            return new SubmitOutcome.Ambiguous(ours, "the venue accepted an order under id " + theirs
                    + ", not the hash we signed");
        }
        boolean matched = answer.status().filter(s -> s == VenueOrderStatus.MATCHED).isPresent();
        return new SubmitOutcome.Accepted(ours, matched);
    }

    static List<SubmitOutcome> failed(List<OrderId> ours, RuntimeException failure) {
        boolean refused = failure instanceof VenueException v && v.kind() != VenueErrorKind.AMBIGUOUS;
        String reason = String.valueOf(failure.getMessage());
        return ours.stream()
                .map(id -> refused
                        ? (SubmitOutcome) new SubmitOutcome.Rejected(id, reason)
                        : new SubmitOutcome.Ambiguous(id, reason))
                .toList();
    }
}
