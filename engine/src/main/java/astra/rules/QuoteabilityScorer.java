package astra.rules;

import astra.facts.MarketFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;

/**
 * Computes a market's quoteability score in Java (rules only compare it with the policy's
 * minimum). Four parts, each in [0, 1], averaged with equal weight and rounded half-even to four
 * decimals:
 * <ul>
 *   <li><b>spread</b>: quoted spread in ticks over {@link #FULL_SPREAD_TICKS}, capped at 1 — a
 *       wider spread leaves more edge to a maker;
 *   <li><b>depth</b>: shares at the touch on both sides over {@link #FULL_DEPTH_MICROS}, capped at 1;
 *   <li><b>calm</b>: 1 - book updates per minute over {@link #MAX_CHURN_PER_MINUTE}, floored at 0 —
 *       heavy churn means competitors and requote cost;
 *   <li><b>horizon</b>: time to close over {@link #FULL_HORIZON}, capped at 1, halved beyond
 *       {@link #FAR_HORIZON} — too close is jump risk, too far ties capital up.
 * </ul>
 * A one-sided or empty book scores 0: there is no spread to earn and no mid to anchor on.
 */
public final class QuoteabilityScorer {
    public static final long FULL_SPREAD_TICKS = 5;
    /** 1,000 shares at the touch (both sides together), in share micros. */
    public static final long FULL_DEPTH_MICROS = 1_000_000_000L;
    public static final long MAX_CHURN_PER_MINUTE = 600;
    public static final Duration FULL_HORIZON = Duration.ofDays(7);
    public static final Duration FAR_HORIZON = Duration.ofDays(90);

    private static final int SCALE = 4;
    /** A part is its ratio rounded half-even to this many decimals (then capped at 1). */
    private static final long PART_UNIT = 1_000_000_000_000L;
    /** The sum of the four parts is counted in tenths of a part's unit: a halved part keeps its last digit. */
    private static final long SUM_PER_PART = 10;
    /** Parts' ratios are divided in two steps of this factor, so no product outgrows a long. */
    private static final long HALF_UNIT = 1_000_000L;
    /** The largest denominator the two steps handle without overflow; a larger one (no real tick) goes the decimal way. */
    private static final long MAX_DENOMINATOR = 1_000_000_000_000L;
    private static final long FULL_HORIZON_MILLIS = FULL_HORIZON.toMillis();
    private static final long FAR_HORIZON_MILLIS = FAR_HORIZON.toMillis();

    /**
     * The score, counted in whole numbers: each part's ratio rounded half-even to twelve decimals
     * and capped at 1, the horizon halved beyond {@link #FAR_HORIZON}, the four summed exactly and
     * their mean rounded half-even to four decimals. These are the numbers decimal arithmetic gives
     * (the scorer's test checks the two against each other); counting them in longs keeps
     * {@code BigDecimal}s out of a computation made for every market in every cycle.
     */
    public QuoteabilityScore score(MarketFacts market) {
        if (!market.twoSided() || market.tickMicros() <= 0) {
            return new QuoteabilityScore(market.market(), BigDecimal.ZERO.setScale(SCALE));
        }
        long spread = cappedPart(market.spreadMicros(), market.tickMicros() * FULL_SPREAD_TICKS);
        long depth = cappedPart(market.bidDepthMicros() + market.askDepthMicros(), FULL_DEPTH_MICROS);
        long calm = PART_UNIT - cappedPart(market.bookUpdatesPerMinute(), MAX_CHURN_PER_MINUTE);
        long toClose = market.timeToClose().toMillis();
        long near = cappedPart(toClose, FULL_HORIZON_MILLIS) * SUM_PER_PART;
        long horizon = toClose > FAR_HORIZON_MILLIS ? near / 2 : near;
        long sum = (spread + depth + calm) * SUM_PER_PART + horizon;
        long mean = roundHalfEven(sum, 4 * SUM_PER_PART * (PART_UNIT / 10_000));
        return new QuoteabilityScore(market.market(), BigDecimal.valueOf(mean, SCALE));
    }

    /** numerator / denominator in twelve decimals, half-even, capped at 1 (a negative numerator counts as 0). */
    private static long cappedPart(long numerator, long denominator) {
        long n = Math.max(0, numerator);
        if (n >= denominator) {
            return PART_UNIT;
        }
        if (denominator > MAX_DENOMINATOR) {
            return new BigDecimal(n).multiply(BigDecimal.valueOf(PART_UNIT))
                    .divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_EVEN).longValueExact();
        }
        // n < denominator <= MAX_DENOMINATOR, so neither product below outgrows a long.
        long first = n * HALF_UNIT;
        long rest = first % denominator * HALF_UNIT;
        long quotient = first / denominator * HALF_UNIT + rest / denominator;
        return roundUpIfNeeded(quotient, rest % denominator, denominator);
    }

    private static long roundHalfEven(long numerator, long denominator) {
        return roundUpIfNeeded(numerator / denominator, numerator % denominator, denominator);
    }

    /** The quotient rounded half-even, given the remainder of its division. */
    private static long roundUpIfNeeded(long quotient, long remainder, long denominator) {
        long twice = remainder * 2;
        boolean up = twice > denominator || twice == denominator && (quotient & 1) == 1;
        return up ? quotient + 1 : quotient;
    }
}
