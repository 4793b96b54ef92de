package astra.execution;

import astra.domain.InvalidOrderException;
import astra.domain.MarketClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Computes GTD expirations: now + security threshold + wanted lifetime + safety buffer, rounded UP
 * to whole unix seconds, optionally capped so the order never outlives its market.
 *
 * <p>The venue enforces a one-minute security threshold: an order meant to live N seconds must
 * carry expiration = now + 60 + N, and one inside the threshold is refused. The safety buffer is
 * added on top because "now" is our clock, not the venue's: it absorbs clock skew and the time the
 * order spends in flight, so the venue never sees an expiration inside its threshold. Rounding up
 * keeps that guarantee when now has a fraction of a second.
 *
 * <p>With {@link MarketClocks}, the expiration is at most the market's close minus a margin (rounded
 * DOWN to a whole second, so the cap is never overshot). If that cap leaves less than threshold +
 * buffer from now, no valid GTD exists and the request is refused with an
 * {@link InvalidOrderException}.
 */
public final class GtdExpiry {

    /** The venue's GTD security threshold (one minute, venue rule). */
    public static final Duration DEFAULT_SECURITY_THRESHOLD = Duration.ofSeconds(60);
    /** Margin for clock skew and latency on top of the threshold; ten seconds covers NTP-synced hosts and a slow submit. */
    public static final Duration DEFAULT_SAFETY_BUFFER = Duration.ofSeconds(10);
    /** How long before a market's close its GTD orders must have expired: a minute clear of the close. */
    public static final Duration DEFAULT_CLOSE_MARGIN = Duration.ofSeconds(60);

    private final Clock clock;
    private final Duration securityThreshold;
    private final Duration safetyBuffer;
    private final Duration closeMargin;

    /** With the documented defaults. */
    public GtdExpiry(Clock clock) {
        this(clock, DEFAULT_SECURITY_THRESHOLD, DEFAULT_SAFETY_BUFFER, DEFAULT_CLOSE_MARGIN);
    }

    public GtdExpiry(Clock clock, Duration securityThreshold, Duration safetyBuffer, Duration closeMargin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.securityThreshold = requireNotNegative(securityThreshold, "securityThreshold");
        this.safetyBuffer = requireNotNegative(safetyBuffer, "safetyBuffer");
        this.closeMargin = requireNotNegative(closeMargin, "closeMargin");
    }

    /** The expiration for an order that should live {@code lifetime} on the book. */
    public GtdExpiration forLifetime(Duration lifetime) {
        requireNotNegative(lifetime, "lifetime");
        return new GtdExpiration(ceilToSecond(earliestInstant().plus(lifetime)), false);
    }

    /** As {@link #forLifetime(Duration)}, but never later than the market's close minus the margin. */
    public GtdExpiration forLifetime(Duration lifetime, MarketClocks market) {
        Objects.requireNonNull(market, "market");
        GtdExpiration wanted = forLifetime(lifetime);
        Instant cap = market.closesAt().minus(closeMargin).truncatedTo(ChronoUnit.SECONDS);
        Instant earliest = ceilToSecond(earliestInstant());
        if (cap.isBefore(earliest)) {
            throw new InvalidOrderException("no GTD expiration fits: the market closes at " + market.closesAt()
                    + ", so with a close margin of " + closeMargin + " the order must expire by " + cap
                    + ", but the venue threshold " + securityThreshold + " plus safety buffer " + safetyBuffer
                    + " need at least " + earliest);
        }
        return wanted.expiresAt().isAfter(cap) ? new GtdExpiration(cap, true) : wanted;
    }

    private Instant earliestInstant() {
        return clock.instant().plus(securityThreshold).plus(safetyBuffer);
    }

    private static Instant ceilToSecond(Instant t) {
        Instant whole = t.truncatedTo(ChronoUnit.SECONDS);
        return whole.equals(t) ? whole : whole.plusSeconds(1);
    }

    private static Duration requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + d);
        }
        return d;
    }
}
