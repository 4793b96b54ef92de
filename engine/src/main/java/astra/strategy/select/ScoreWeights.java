package astra.strategy.select;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * How much each component counts in the quoteability score. The score is Σ wᵢ·sᵢ / Σ wᵢ, so the
 * weights need not sum to 1; the defaults do, and read as shares of the score.
 *
 * @param spread wider quoted spread = more edge per fill; default {@link #DEFAULT_SPREAD}
 * @param depth depth at the touch = a market where fills happen; default {@link #DEFAULT_DEPTH}
 * @param churn low churn = less competition and requote cost; default {@link #DEFAULT_CHURN}
 * @param volatility calm = less adverse selection; default {@link #DEFAULT_VOLATILITY}
 * @param timeToClose neither too close (jump risk) nor too far (capital tied up); default {@link #DEFAULT_TIME_TO_CLOSE}
 * @param rewards liquidity rewards we would qualify for; default {@link #DEFAULT_REWARDS}
 */
public record ScoreWeights(BigDecimal spread, BigDecimal depth, BigDecimal churn, BigDecimal volatility,
        BigDecimal timeToClose, BigDecimal rewards) {

    /** Edge is what a maker is paid for: the largest share. */
    public static final BigDecimal DEFAULT_SPREAD = new BigDecimal("0.25");
    public static final BigDecimal DEFAULT_DEPTH = new BigDecimal("0.15");
    public static final BigDecimal DEFAULT_CHURN = new BigDecimal("0.15");
    public static final BigDecimal DEFAULT_VOLATILITY = new BigDecimal("0.15");
    /** Second largest: the close is where makers lose most (jump risk). */
    public static final BigDecimal DEFAULT_TIME_TO_CLOSE = new BigDecimal("0.20");
    /** Rewards are a bonus, not a reason to quote a bad market. */
    public static final BigDecimal DEFAULT_REWARDS = new BigDecimal("0.10");

    public ScoreWeights {
        Stream.of(spread, depth, churn, volatility, timeToClose, rewards).forEach(w -> {
            Objects.requireNonNull(w, "weight");
            if (w.signum() < 0) {
                throw new IllegalArgumentException("a score weight must not be negative: " + w.toPlainString());
            }
        });
        if (total(spread, depth, churn, volatility, timeToClose, rewards).signum() == 0) {
            throw new IllegalArgumentException("at least one score weight must be positive");
        }
    }

    public static ScoreWeights defaults() {
        return new ScoreWeights(DEFAULT_SPREAD, DEFAULT_DEPTH, DEFAULT_CHURN, DEFAULT_VOLATILITY,
                DEFAULT_TIME_TO_CLOSE, DEFAULT_REWARDS);
    }

    public BigDecimal total() {
        return total(spread, depth, churn, volatility, timeToClose, rewards);
    }

    private static BigDecimal total(BigDecimal... ws) {
        return Stream.of(ws).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
