package astra.polymarket.stream;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: {@code initial · 2^(attempt−1)} capped at {@code max}, then spread by up to
 * ±{@code jitterPercent}% so that many connections dropped together do not return together.
 */
public record Backoff(Duration initial, Duration max, int jitterPercent) {
    public static final Backoff DEFAULT = new Backoff(Duration.ofMillis(250), Duration.ofSeconds(30), 20);

    public Backoff {
        Objects.requireNonNull(initial, "initial");
        Objects.requireNonNull(max, "max");
        if (initial.isNegative() || initial.isZero() || max.compareTo(initial) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < initial <= max");
        }
        if (jitterPercent < 0 || jitterPercent > 100) {
            throw new IllegalArgumentException("jitter must be 0..100 percent");
        }
    }

    /** The delay before reconnect attempt {@code attempt} (1 for the first retry). */
    public Duration delay(int attempt, RandomGenerator random) {
        long base = initial.toMillis();
        int doublings = Math.min(Math.max(attempt, 1) - 1, 30);
        long capped = Math.min(max.toMillis(), base << doublings);
        if (capped < 0) {
            capped = max.toMillis();
        }
        long spread = capped * jitterPercent / 100;
        long jitter = spread == 0 ? 0 : random.nextLong(-spread, spread + 1);
        return Duration.ofMillis(Math.max(1, capped + jitter));
    }
}
