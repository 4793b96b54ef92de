package astra.runtime;

import java.time.Clock;

/**
 * Spreads the quoting share of the mutation budget over its window: requotes and posts spend an
 * allowance that starts at a burst of a quarter of the limit (the first placements) and accrues,
 * up to that burst, at what the window leaves after the burst and the tenth kept for cancels:
 * (limit − burst − limit/10) per window, 39 a minute at 60. A burst plus a window's accrual then
 * stays within the rolling budget, so quoting never runs into the wall. Without it a session spent
 * the minute's budget in its first seconds and then could requote nothing until the window rolled:
 * its quotes went stale for most of every minute. Risk-reducing cancels never wait for it (only
 * the firewall's rolling budget binds them), and the firewall's budget still caps everything.
 * Used under the quoting lock only.
 */
final class BudgetPacer {
    private final Clock clock;
    private final long windowMillis;
    /** Allowance in thousandths of a mutation, so a fraction accrued between cycles is not lost. */
    private long milli;
    private long lastMillis;
    private int limit;

    BudgetPacer(Clock clock, long windowMillis, int limit) {
        if (windowMillis <= 0) {
            throw new IllegalArgumentException("window must be positive, was " + windowMillis);
        }
        this.clock = clock;
        this.windowMillis = windowMillis;
        this.limit = Math.max(1, limit);
        this.milli = burst() * 1_000L;
        this.lastMillis = clock.millis();
    }

    /** Whole mutations quoting may spend now, under the budget's current limit. */
    int allowance(int currentLimit) {
        limit = Math.max(1, currentLimit);
        long now = clock.millis();
        long elapsed = Math.max(0, now - lastMillis);
        lastMillis = now;
        // perWindow per window, in thousandths: elapsed × perWindow × 1000 / window.
        milli = Math.min(burst() * 1_000L, milli + elapsed * perWindow() * 1_000L / windowMillis);
        return (int) (milli / 1_000);
    }

    /** Mutations quoting spent (requotes count two). */
    void spent(int mutations) {
        milli = Math.max(0, milli - mutations * 1_000L);
    }

    private long burst() {
        return Math.max(2, limit / 4);
    }

    /** What accrues in one window: the limit less the burst and the cancels' tenth, at least one. */
    private long perWindow() {
        return Math.max(1, limit - burst() - Math.max(1, limit / 10));
    }
}
