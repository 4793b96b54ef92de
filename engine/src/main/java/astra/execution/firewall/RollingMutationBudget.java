package astra.execution.firewall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * At most {@code limit} venue mutations (posts and cancels) in any rolling window: each mutation
 * is stamped with the clock, and a stamp counts until the window has fully passed over it. A
 * rolling window rather than fixed buckets, so a burst at the end of one minute and the start of
 * the next cannot double the rate.
 *
 * <p>Over budget is refused, never queued: a quote deferred by seconds is stale when it leaves,
 * and the strategy decides afresh next cycle. Safety cancels {@link #recordBypass bypass} the
 * check but are still stamped, so the window shows what the venue really received.
 */
final class RollingMutationBudget {
    private int limit;
    private final Duration window;
    private final Clock clock;
    private final Deque<Instant> stamps = new ArrayDeque<>();
    private long refused;

    RollingMutationBudget(int limit, Duration window, Clock clock) {
        this.limit = requirePositive(limit);
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Takes one mutation from the budget; false (and counted) when the window is full. */
    synchronized boolean tryAcquire() {
        Instant now = clock.instant();
        expire(now);
        if (stamps.size() >= limit) {
            refused++;
            return false;
        }
        stamps.addLast(now);
        return true;
    }

    /** Stamps mutations that were not asked for permission (safety cancels). */
    synchronized void recordBypass(int mutations) {
        Instant now = clock.instant();
        expire(now);
        for (int i = 0; i < mutations; i++) {
            stamps.addLast(now);
        }
    }

    /**
     * A new limit (a policy change), from the next mutation on. Stamps already in the window keep
     * counting: lowering the limit below what was sent this minute refuses until enough roll out.
     */
    synchronized void limit(int newLimit) {
        limit = requirePositive(newLimit);
    }

    synchronized int limit() {
        return limit;
    }

    private static int requirePositive(int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a mutation budget must be positive, was " + limit);
        }
        return limit;
    }

    synchronized int used() {
        expire(clock.instant());
        return stamps.size();
    }

    synchronized long refusedCount() {
        return refused;
    }

    /** A stamp at t counts while now − t &lt; window; at exactly one window old it has rolled out. */
    private void expire(Instant now) {
        Instant cutoff = now.minus(window);
        while (!stamps.isEmpty() && !stamps.peekFirst().isAfter(cutoff)) {
            stamps.removeFirst();
        }
    }
}
