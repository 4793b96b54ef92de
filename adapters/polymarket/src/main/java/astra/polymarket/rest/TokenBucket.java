package astra.polymarket.rest;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A token bucket: {@code capacity} tokens refilled evenly over {@code window}. A batch takes as
 * many tokens as it has items, all or nothing, as the venue's own per-signer buckets do. Time comes
 * from an injected nanosecond source so tests and backtests control it.
 */
public final class TokenBucket {
    private final long capacity;
    private final long windowNanos;
    private final LongSupplier nanoTime;
    private double tokens;
    private long lastRefill;

    public TokenBucket(long capacity, Duration window, LongSupplier nanoTime) {
        if (capacity < 1 || window.isZero() || window.isNegative()) {
            throw new IllegalArgumentException("a bucket needs capacity >= 1 and a positive window");
        }
        this.capacity = capacity;
        this.windowNanos = window.toNanos();
        this.nanoTime = nanoTime;
        this.tokens = capacity;
        this.lastRefill = nanoTime.getAsLong();
    }

    /** Takes {@code n} tokens if available; returns false (taking none) otherwise. */
    public synchronized boolean tryTake(int n) {
        if (n > capacity) {
            throw new IllegalArgumentException("a request of " + n + " can never fit a bucket of " + capacity);
        }
        refill();
        if (tokens >= n) {
            tokens -= n;
            return true;
        }
        return false;
    }

    /** How long until {@code n} tokens will be available (zero if they are now). */
    public synchronized Duration waitFor(int n) {
        refill();
        if (tokens >= n) {
            return Duration.ZERO;
        }
        double missing = n - tokens;
        return Duration.ofNanos((long) Math.ceil(missing * windowNanos / capacity));
    }

    private void refill() {
        long now = nanoTime.getAsLong();
        long elapsed = now - lastRefill;
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + (double) elapsed * capacity / windowNanos);
            lastRefill = now;
        }
    }
}
