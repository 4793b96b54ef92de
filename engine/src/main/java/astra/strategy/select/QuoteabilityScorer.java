package astra.strategy.select;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * Scores how worth quoting a market is, in [0, 1]: a weighted mean (see {@link ScoreWeights}) of
 * six components, each mapped into [0, 1] by piecewise-linear ramps (see {@link ScoreScales}):
 * <ul>
 *   <li>spread: min(spread / fullSpread, 1);
 *   <li>depth: min(touchDepth / fullDepth, 1);
 *   <li>churn: 1 up to comfortableChurn, falling linearly to 0 at maxChurn;
 *   <li>volatility: 1 − min(volatility / maxVolatility, 1);
 *   <li>time to close: 0 up to tooClose, rising to 1 at sweetFrom, 1 until sweetTo, falling to
 *       farFloor at tooFar and staying there;
 *   <li>rewards: 0 without rewards, else the share of the two reward conditions we meet (our size
 *       at least the reward minimum; our half-spread within the reward max spread): 0, 0.5 or 1.
 * </ul>
 * Exact arithmetic; each component and the score are rounded half-even to {@value #SCALE} decimals.
 * A score only ranks markets the rules have not vetoed; it never overrides a veto.
 */
public final class QuoteabilityScorer {

    public static final int SCALE = 6;
    private static final BigDecimal HALF = new BigDecimal("0.5");

    private final ScoreWeights weights;
    private final ScoreScales scales;

    public QuoteabilityScorer(ScoreWeights weights, ScoreScales scales) {
        this.weights = Objects.requireNonNull(weights, "weights");
        this.scales = Objects.requireNonNull(scales, "scales");
    }

    public static QuoteabilityScorer withDefaults() {
        return new QuoteabilityScorer(ScoreWeights.defaults(), ScoreScales.defaults());
    }

    public QuoteabilityScore score(QuoteabilityInputs in) {
        Objects.requireNonNull(in, "inputs");
        BigDecimal spread = saturating(in.quotedSpread(), scales.fullSpread());
        BigDecimal depth = saturating(in.touchDepth().toBigDecimal(), scales.fullDepth().toBigDecimal());
        BigDecimal churn = falling(in.churnPerMinute(), scales.comfortableChurn(), scales.maxChurn(), BigDecimal.ZERO);
        BigDecimal volatility = falling(in.volatility(), BigDecimal.ZERO, scales.maxVolatility(), BigDecimal.ZERO);
        BigDecimal time = timeComponent(in.timeToClose());
        BigDecimal rewards = rewardsComponent(in);
        BigDecimal weighted = weights.spread().multiply(spread)
                .add(weights.depth().multiply(depth))
                .add(weights.churn().multiply(churn))
                .add(weights.volatility().multiply(volatility))
                .add(weights.timeToClose().multiply(time))
                .add(weights.rewards().multiply(rewards));
        BigDecimal score = weighted.divide(weights.total(), SCALE, RoundingMode.HALF_EVEN);
        return new QuoteabilityScore(in.market(), score, spread, depth, churn, volatility, time, rewards);
    }

    private BigDecimal timeComponent(Duration t) {
        if (t.compareTo(scales.tooClose()) <= 0) {
            return zero();
        }
        if (t.compareTo(scales.sweetFrom()) < 0) {
            return ratio(seconds(t.minus(scales.tooClose())), seconds(scales.sweetFrom().minus(scales.tooClose())));
        }
        if (t.compareTo(scales.sweetTo()) <= 0) {
            return BigDecimal.ONE.setScale(SCALE);
        }
        return falling(seconds(t), seconds(scales.sweetTo()), seconds(scales.tooFar()), scales.farFloor());
    }

    private BigDecimal rewardsComponent(QuoteabilityInputs in) {
        if (in.rewards().isEmpty()) {
            return zero();
        }
        RewardTerms terms = in.rewards().get();
        BigDecimal met = BigDecimal.ZERO;
        if (in.ourQuoteSize().compareTo(terms.minSize()) >= 0) {
            met = met.add(HALF);
        }
        if (in.ourHalfSpread().compareTo(terms.maxSpread()) <= 0) {
            met = met.add(HALF);
        }
        return met.setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** min(value / full, 1). */
    private static BigDecimal saturating(BigDecimal value, BigDecimal full) {
        return value.compareTo(full) >= 0 ? BigDecimal.ONE.setScale(SCALE) : ratio(value, full);
    }

    /** 1 up to {@code from}, linear down to {@code floor} at {@code to}, {@code floor} beyond. */
    private static BigDecimal falling(BigDecimal value, BigDecimal from, BigDecimal to, BigDecimal floor) {
        if (value.compareTo(from) <= 0) {
            return BigDecimal.ONE.setScale(SCALE);
        }
        if (value.compareTo(to) >= 0) {
            return floor.setScale(SCALE, RoundingMode.HALF_EVEN);
        }
        BigDecimal fraction = value.subtract(from).divide(to.subtract(from), SCALE + 4, RoundingMode.HALF_EVEN);
        return BigDecimal.ONE.subtract(BigDecimal.ONE.subtract(floor).multiply(fraction))
                .setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal seconds(Duration d) {
        return BigDecimal.valueOf(d.getSeconds());
    }

    private static BigDecimal zero() {
        return BigDecimal.ZERO.setScale(SCALE);
    }
}
