package astra.strategy.satellite;

import astra.domain.Usd;
import java.util.Objects;

/**
 * The satellite book's money: a limit (bankroll × satellite.budget) and what candidates have
 * reserved against it. Single owner, not thread-safe. A reservation is released when its order is
 * cancelled or fails; when it fills the money stays committed until the position is closed.
 */
public final class SatelliteBudget {

    private Usd limit;
    private Usd reserved = Usd.ZERO;

    public SatelliteBudget(Usd limit) {
        this.limit = checked(limit);
    }

    public Usd limit() {
        return limit;
    }

    /**
     * A new limit, from a reloaded policy. One below what is reserved already leaves nothing to
     * reserve until reservations are released: what was reserved under the old limit stays.
     */
    public void limit(Usd newLimit) {
        limit = checked(newLimit);
    }

    public Usd reserved() {
        return reserved;
    }

    /** What may still be reserved; never negative. */
    public Usd remaining() {
        Usd left = limit.minus(reserved);
        return left.isNegative() ? Usd.ZERO : left;
    }

    private static Usd checked(Usd limit) {
        Objects.requireNonNull(limit, "limit");
        if (limit.isNegative()) {
            throw new IllegalArgumentException("a budget must not be negative, was " + limit);
        }
        return limit;
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
