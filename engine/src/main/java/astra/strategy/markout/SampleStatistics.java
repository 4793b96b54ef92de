package astra.strategy.markout;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Count, mean, sample standard deviation (n − 1) and t-statistic mean / (stdev / √n) of a series,
 * in {@link BigDecimal} with {@link MathContext#DECIMAL64} (16 significant digits; sums are exact).
 * The stdev needs two values, the t-statistic a positive stdev; otherwise they are empty rather
 * than 0 or infinite.
 */
public record SampleStatistics(int count, BigDecimal mean, Optional<BigDecimal> stdev, Optional<BigDecimal> tStat) {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    /** Decimals the results are reported with. */
    public static final int SCALE = 6;

    public static SampleStatistics of(List<BigDecimal> values) {
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return from(values.size(), sum,
                mean -> values.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    /**
     * The same statistics as {@link #of} from the series' count, sum and sum of squares, for a caller
     * that keeps those as values come and go. Exact, not merely close: with {@code m} the rounded mean,
     * the deviations' squares Σ(v − m)² are Σv² − 2mΣv + n·m², and BigDecimal sums and products are
     * exact, so both ways give the same number and every figure comes out as from the values
     * themselves.
     */
    public static SampleStatistics ofSums(int n, BigDecimal sum, BigDecimal sumOfSquares) {
        if (n < 0) {
            throw new IllegalArgumentException("a count cannot be negative, was " + n);
        }
        BigDecimal count = BigDecimal.valueOf(n);
        return from(n, sum, mean -> sumOfSquares.subtract(mean.multiply(sum).multiply(TWO))
                .add(mean.multiply(mean).multiply(count)));
    }

    /** From the count, the sum and the deviations' squares about a given mean (asked for only with two values or more). */
    private static SampleStatistics from(int n, BigDecimal sum, UnaryOperator<BigDecimal> squaresAbout) {
        if (n == 0) {
            return new SampleStatistics(0, BigDecimal.ZERO, Optional.empty(), Optional.empty());
        }
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = sum.divide(count, MC);
        if (n < 2) {
            return new SampleStatistics(n, round(mean), Optional.empty(), Optional.empty());
        }
        BigDecimal stdev = squaresAbout.apply(mean).divide(BigDecimal.valueOf(n - 1L), MC).sqrt(MC);
        Optional<BigDecimal> t = stdev.signum() == 0 ? Optional.empty()
                : Optional.of(round(mean.multiply(count.sqrt(MC), MC).divide(stdev, MC)));
        return new SampleStatistics(n, round(mean), Optional.of(round(stdev)), t);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
