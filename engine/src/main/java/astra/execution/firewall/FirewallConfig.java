package astra.execution.firewall;

import astra.domain.Usd;
import astra.execution.GtdExpiry;
import java.time.Duration;
import java.util.Objects;

/**
 * The firewall's thresholds, each with a documented default.
 *
 * @param mutationLimit posts and cancels allowed per rolling {@code mutationWindow}
 * @param mutationWindow the rolling window of the mutation budget
 * @param gtdThreshold the venue's GTD security threshold: an expiration must lie beyond now + this
 * @param gtdSafetyBuffer added to the threshold for clock skew and time in flight
 * @param minMarketableNotional the smallest price × size of an immediate (FOK/FAK) order
 * @param cancelAllAttempts how many cancel-all passes before the failure is raised
 * @param cancelAllFirstBackoff the wait after the first failed pass; it doubles after each
 * @param orphanPolicy what reconciliation does with venue orders the store does not know
 * @param fillOverlap how far before the last reconciliation (or the oldest unsettled order) fills are re-read
 * @param firstFillLookback how far back the first reconciliation reads fills when no order is unsettled
 * @param immediateOrderSettle after how long an UNKNOWN FOK/FAK that is neither open nor filled is closed
 */
public record FirewallConfig(
        int mutationLimit,
        Duration mutationWindow,
        Duration gtdThreshold,
        Duration gtdSafetyBuffer,
        Usd minMarketableNotional,
        int cancelAllAttempts,
        Duration cancelAllFirstBackoff,
        OrphanPolicy orphanPolicy,
        Duration fillOverlap,
        Duration firstFillLookback,
        Duration immediateOrderSettle) {

    /** 60 mutations per rolling minute: one a second on average, far inside the venue's burst limits. */
    public static final int DEFAULT_MUTATION_LIMIT = 60;
    public static final Duration DEFAULT_MUTATION_WINDOW = Duration.ofSeconds(60);
    /** The venue's marketable-order minimum: $1 notional. */
    public static final Usd DEFAULT_MIN_MARKETABLE_NOTIONAL = Usd.parse("1");
    /** Five passes with 250 ms, 500 ms, 1 s, 2 s between them: about 4 s, inside the venue's 10 s dead-man window. */
    public static final int DEFAULT_CANCEL_ALL_ATTEMPTS = 5;
    public static final Duration DEFAULT_CANCEL_ALL_FIRST_BACKOFF = Duration.ofMillis(250);
    /** Fills may be reported late (settlement lag): re-read the last five minutes; recording is idempotent. */
    public static final Duration DEFAULT_FILL_OVERLAP = Duration.ofMinutes(5);
    public static final Duration DEFAULT_FIRST_FILL_LOOKBACK = Duration.ofHours(24);
    /** A FOK/FAK never rests; two minutes is ample for its trade, if any, to be reported. */
    public static final Duration DEFAULT_IMMEDIATE_ORDER_SETTLE = Duration.ofMinutes(2);

    public static final FirewallConfig DEFAULTS = new FirewallConfig(DEFAULT_MUTATION_LIMIT, DEFAULT_MUTATION_WINDOW,
            GtdExpiry.DEFAULT_SECURITY_THRESHOLD, GtdExpiry.DEFAULT_SAFETY_BUFFER, DEFAULT_MIN_MARKETABLE_NOTIONAL,
            DEFAULT_CANCEL_ALL_ATTEMPTS, DEFAULT_CANCEL_ALL_FIRST_BACKOFF, OrphanPolicy.CANCEL, DEFAULT_FILL_OVERLAP,
            DEFAULT_FIRST_FILL_LOOKBACK, DEFAULT_IMMEDIATE_ORDER_SETTLE);

    public FirewallConfig {
        if (mutationLimit <= 0) {
            throw new IllegalArgumentException("mutationLimit must be positive, not " + mutationLimit);
        }
        if (cancelAllAttempts <= 0) {
            throw new IllegalArgumentException("cancelAllAttempts must be positive, not " + cancelAllAttempts);
        }
        requirePositive(mutationWindow, "mutationWindow");
        requireNotNegative(gtdThreshold, "gtdThreshold");
        requireNotNegative(gtdSafetyBuffer, "gtdSafetyBuffer");
        requireNotNegative(cancelAllFirstBackoff, "cancelAllFirstBackoff");
        requireNotNegative(fillOverlap, "fillOverlap");
        requireNotNegative(firstFillLookback, "firstFillLookback");
        requireNotNegative(immediateOrderSettle, "immediateOrderSettle");
        Objects.requireNonNull(minMarketableNotional, "minMarketableNotional");
        Objects.requireNonNull(orphanPolicy, "orphanPolicy");
        if (minMarketableNotional.isNegative()) {
            throw new IllegalArgumentException("minMarketableNotional must not be negative");
        }
    }

    public FirewallConfig withMutationBudget(int limit, Duration window) {
        return new FirewallConfig(limit, window, gtdThreshold, gtdSafetyBuffer, minMarketableNotional,
                cancelAllAttempts, cancelAllFirstBackoff, orphanPolicy, fillOverlap, firstFillLookback,
                immediateOrderSettle);
    }

    public FirewallConfig withCancelAll(int attempts, Duration firstBackoff) {
        return new FirewallConfig(mutationLimit, mutationWindow, gtdThreshold, gtdSafetyBuffer, minMarketableNotional,
                attempts, firstBackoff, orphanPolicy, fillOverlap, firstFillLookback, immediateOrderSettle);
    }

    public FirewallConfig withOrphanPolicy(OrphanPolicy policy) {
        return new FirewallConfig(mutationLimit, mutationWindow, gtdThreshold, gtdSafetyBuffer, minMarketableNotional,
                cancelAllAttempts, cancelAllFirstBackoff, policy, fillOverlap, firstFillLookback, immediateOrderSettle);
    }

    private static void requirePositive(Duration d, String name) {
        requireNotNegative(d, name);
        if (d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    private static void requireNotNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative, not " + d);
        }
    }
}
