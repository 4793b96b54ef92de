package astra.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * An order's lifecycle as Astra records it. The intent is recorded before the submit; an
 * ambiguous submit (time-out, 5xx) is {@link #UNKNOWN} until the venue is asked by the signed
 * order's hash, never assumed rejected.
 *
 * <p>A FAILED trade undoes a match, so a filled order may return to partially filled or live.
 */
public enum OrderStatus {
    INTENT,
    UNKNOWN,
    LIVE,
    PARTIALLY_FILLED,
    FILLED,
    CANCELLED,
    EXPIRED,
    REJECTED;

    public boolean isTerminal() {
        return this == CANCELLED || this == EXPIRED || this == REJECTED;
    }

    /** Whether the order may be resting on the venue, so that it must be tracked and cancellable. */
    public boolean mayBeOpen() {
        return this == UNKNOWN || this == LIVE || this == PARTIALLY_FILLED;
    }

    public boolean canBecome(OrderStatus next) {
        return allowedNext().contains(next);
    }

    public Set<OrderStatus> allowedNext() {
        return switch (this) {
            case INTENT -> EnumSet.of(UNKNOWN, LIVE, PARTIALLY_FILLED, FILLED, CANCELLED, REJECTED);
            case UNKNOWN -> EnumSet.of(LIVE, PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED, REJECTED);
            case LIVE -> EnumSet.of(PARTIALLY_FILLED, FILLED, CANCELLED, EXPIRED);
            case PARTIALLY_FILLED -> EnumSet.of(PARTIALLY_FILLED, LIVE, FILLED, CANCELLED, EXPIRED);
            case FILLED -> EnumSet.of(PARTIALLY_FILLED, LIVE);
            case CANCELLED, EXPIRED, REJECTED -> EnumSet.noneOf(OrderStatus.class);
        };
    }
}
