package astra.strategy.satellite;

import astra.domain.Usd;
import java.util.Objects;

/**
 * The satellite book's money: a limit (bankroll × satellite.budget) and what candidates have
 * reserved against it. Single owner, not thread-safe. A reservation is released when its order is
 * cancelled or fails; when it fills the money stays committed until the position is closed.
 */
public final class SatelliteBudget {

    private final Usd limit;
    private Usd reserved = Usd.ZERO;

    public SatelliteBudget(Usd limit) {
        this.limit = Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a budget must not be negative, was " + limit);
        }
    }

    public Usd limit() {
        return limit;
    }

    public Usd reserved() {
        return reserved;
    }

    public Usd remaining() {
        return limit.minus(reserved);
    }

    /** Reserves {@code amount} if it fits; false (and nothing reserved) otherwise. */
    public boolean tryReserve(Usd amount) {
        requirePositive(amount);
        if (reserved.plus(amount).compareTo(limit) > 0) {
            return false;
        }
        reserved = reserved.plus(amount);
        return true;
    }

    public void release(Usd amount) {
        requirePositive(amount);
        if (amount.compareTo(reserved) > 0) {
            throw new IllegalArgumentException("releasing " + amount + " but only " + reserved + " is reserved");
        }
        reserved = reserved.minus(amount);
    }

    private static void requirePositive(Usd amount) {
        Objects.requireNonNull(amount, "amount");
        if (amount.micros() <= 0) {
            throw new IllegalArgumentException("amount must be positive, was " + amount);
        }
    }
}
