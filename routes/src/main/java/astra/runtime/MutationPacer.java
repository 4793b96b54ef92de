package astra.runtime;

import java.time.Clock;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Spreads the rolling mutation budget over its window: a token bucket holding at most a third of
 * the minute's limit (a burst that places a fresh book), refilling at what the rest of the minute
 * leaves after that burst and the tenth kept for cancels, so that no rolling minute of paced
 * mutations ever fills the budget. Without it the loop spent the whole minute's budget in its
 * first seconds and then could not requote a stale quote for the rest of the minute; with it
 * requotes flow steadily. Owned by the decision thread.
 */
public final class MutationPacer {
    private static final long MINUTE_MILLIS = 60_000;
    private final Clock clock;
    private final IntSupplier limitPerMinute;
    private double tokens;
    private long lastMillis;

    public MutationPacer(Clock clock, IntSupplier limitPerMinute) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limitPerMinute = Objects.requireNonNull(limitPerMinute, "limitPerMinute");
        this.lastMillis = clock.millis();
        this.tokens = capacity();
    }

    /** Mutations the pace allows now. */
    public int available() {
        refill();
        return (int) Math.floor(tokens);
    }

    /** Records mutations sent (risk-reducing cancels included: they use the same venue budget). */
    public void spent(int mutations) {
        refill();
        tokens = Math.max(0, tokens - mutations);
    }

    private double capacity() {
        return Math.max(1, limitPerMinute.getAsInt() / 3);
    }

    /** Burst + a minute at this rate + the tenth kept for cancels = the minute's limit. */
    private int ratePerMinute() {
        int limit = limitPerMinute.getAsInt();
        return Math.max(1, limit - Math.max(1, limit / 10) - (int) capacity());
    }

    private void refill() {
        long now = clock.millis();
        long elapsed = Math.max(0, now - lastMillis);
        lastMillis = now;
        // A count of mutations, not money: a double is exact enough for a rate of a few per second.
        tokens = Math.min(capacity(), tokens + elapsed * (double) ratePerMinute() / MINUTE_MILLIS);
    }
}
