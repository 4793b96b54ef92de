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

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final int SCALE = 4;

    public QuoteabilityScore score(MarketFacts market) {
        if (!market.twoSided() || market.tickMicros() <= 0) {
            return new QuoteabilityScore(market.market(), BigDecimal.ZERO.setScale(SCALE));
        }
        BigDecimal spread = capped(ratio(market.spreadMicros(), market.tickMicros() * FULL_SPREAD_TICKS));
        BigDecimal depth = capped(ratio(market.bidDepthMicros() + market.askDepthMicros(), FULL_DEPTH_MICROS));
        BigDecimal calm = BigDecimal.ONE.subtract(
                capped(ratio(market.bookUpdatesPerMinute(), MAX_CHURN_PER_MINUTE)));
        BigDecimal horizon = horizon(market.timeToClose());
        BigDecimal mean = spread.add(depth).add(calm).add(horizon).divide(FOUR, SCALE, RoundingMode.HALF_EVEN);
        return new QuoteabilityScore(market.market(), mean);
    }

    private static BigDecimal horizon(Duration timeToClose) {
        BigDecimal near = capped(ratio(timeToClose.toMillis(), FULL_HORIZON.toMillis()));
        return timeToClose.compareTo(FAR_HORIZON) > 0 ? near.divide(TWO) : near;
    }

    /** numerator / denominator exactly enough for a four-decimal mean (12 decimals, half-even). */
    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(Math.max(0, numerator)).divide(BigDecimal.valueOf(denominator), 12,
                RoundingMode.HALF_EVEN);
    }

    private static BigDecimal capped(BigDecimal value) {
        return value.min(BigDecimal.ONE);
    }
}
