package astra.runtime;

import astra.domain.Usd;
import astra.execution.firewall.CollateralBalance;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The wallet's collateral, read from the venue at most every {@link #MAX_AGE}: the firewall asks
 * per order, and a REST read per order would spend the venue's rate limit on a slowly moving
 * number (the firewall subtracts reservations itself, so an order in flight is never double-spent).
 */
public final class CachedBalance implements CollateralBalance {
    public static final Duration MAX_AGE = Duration.ofSeconds(5);
    private final Clock clock;
    private final Supplier<Usd> read;
    private Usd value;
    private Instant readAt = Instant.MIN;

    public CachedBalance(Clock clock, Supplier<Usd> read) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.read = Objects.requireNonNull(read, "read");
    }

    @Override
    public synchronized Usd total() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(MAX_AGE))) {
            value = read.get();
            readAt = now;
        }
        return value;
    }

    /** The next {@link #total()} reads the venue again, however recent the last read. */
    @Override
    public synchronized void spent() {
        value = null;
    }
}
