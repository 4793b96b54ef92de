package astra.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An order as the order store knows it: the intent, the venue's id once known (the signed
 * order's hash), its status, how much has filled, and when it last changed.
 */
public record Order(
        OrderIntent intent,
        Optional<OrderId> venueId,
        OrderStatus status,
        Shares filled,
        Instant createdAt,
        Instant updatedAt,
        Optional<String> statusReason) {

    public Order {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(venueId, "venueId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(filled, "filled");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(statusReason, "statusReason");
        if (filled.compareTo(intent.size()) > 0) {
            throw new IllegalArgumentException("filled " + filled + " exceeds size " + intent.size());
        }
    }

    /** A freshly recorded intent, not yet sent. */
    public static Order recorded(OrderIntent intent, Instant at) {
        return new Order(intent, Optional.empty(), OrderStatus.INTENT, Shares.ZERO, at, at, Optional.empty());
    }

    public ClientOrderId clientOrderId() {
        return intent.clientOrderId();
    }

    public Shares remaining() {
        return intent.size().minus(filled);
    }

    /** The order in a new status; refuses a transition the lifecycle does not allow. */
    public Order transitionTo(OrderStatus next, Instant at, Optional<String> reason) {
        if (!status.canBecome(next)) {
            throw new IllegalStateTransitionException(intent.clientOrderId(), status, next);
        }
        return new Order(intent, venueId, next, filled, createdAt, at, reason);
    }

    public Order withVenueId(OrderId id, Instant at) {
        return new Order(intent, Optional.of(id), status, filled, createdAt, at, statusReason);
    }

    public Order withFilled(Shares newFilled, Instant at) {
        return new Order(intent, venueId, status, newFilled, createdAt, at, statusReason);
    }

    /**
     * The order with its fills counted again. A filled order whose counted fills no longer cover its
     * size (a FAILED trade undid a match) rests on the venue again: it becomes partially filled or
     * live, so it is tracked, quoted against and reconciled, instead of resting there unseen while
     * new orders are sent for the tokens it holds. A partially filled one left with nothing filled
     * is live.
     */
    public Order recounted(Shares newFilled, Instant at) {
        Order counted = withFilled(newFilled, at);
        boolean reopened = status == OrderStatus.FILLED && newFilled.compareTo(intent.size()) < 0;
        boolean unfilled = status == OrderStatus.PARTIALLY_FILLED && newFilled.isZero();
        if (!reopened && !unfilled) {
            return counted;
        }
        return counted.transitionTo(newFilled.isZero() ? OrderStatus.LIVE : OrderStatus.PARTIALLY_FILLED, at,
                Optional.of("a FAILED trade undid a match: " + newFilled + " of " + intent.size() + " filled"));
    }
}
