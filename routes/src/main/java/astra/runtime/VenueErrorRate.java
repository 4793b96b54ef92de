package astra.runtime;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * The share of recent venue requests that failed (no clear answer, a server error, a failed
 * heartbeat), over a rolling window, for the circuit breaker "HaltQuotingWhenVenueErrorRateIsHigh".
 * Below {@link #MIN_REQUESTS} requests in the window the rate reads 0: one failed request out of
 * one is not an error rate. Written by the executor and the heartbeat, read by the decision thread.
 */
public final class VenueErrorRate {
    /** Requests the window must hold before its rate means anything. */
    public static final int MIN_REQUESTS = 5;
    private final Clock clock;
    private final long windowMillis;
    private final ArrayDeque<long[]> outcomes = new ArrayDeque<>();
    private int failures;

    public VenueErrorRate(Clock clock, Duration window) {
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be positive, was " + window);
        }
        this.windowMillis = window.toMillis();
    }

    public synchronized void succeeded() {
        record(false);
    }

    public synchronized void failed() {
        record(true);
    }

    /** Failed requests over all requests in the window, to 4 decimals; 0 below {@link #MIN_REQUESTS}. */
    public synchronized BigDecimal rate() {
        expire(clock.millis());
        if (outcomes.size() < MIN_REQUESTS) {
            return BigDecimal.ZERO;
        }
        return BigDecimal.valueOf(failures).divide(BigDecimal.valueOf(outcomes.size()), 4, RoundingMode.HALF_EVEN);
    }

    private void record(boolean failed) {
        long now = clock.millis();
        expire(now);
        outcomes.addLast(new long[] {now, failed ? 1 : 0});
        if (failed) {
            failures++;
        }
    }

    private void expire(long now) {
        while (!outcomes.isEmpty() && outcomes.peekFirst()[0] <= now - windowMillis) {
            failures -= (int) outcomes.removeFirst()[1];
        }
    }
}
