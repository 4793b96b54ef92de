package astra.strategy.markout;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Count, mean, sample standard deviation (n − 1) and t-statistic mean / (stdev / √n) of a series,
 * in {@link BigDecimal} with {@link MathContext#DECIMAL64} (16 significant digits; sums are exact).
 * The stdev needs two values, the t-statistic a positive stdev; otherwise they are empty rather
 * than 0 or infinite.
 */
public record SampleStatistics(int count, BigDecimal mean, Optional<BigDecimal> stdev, Optional<BigDecimal> tStat) {

    private static final MathContext MC = MathContext.DECIMAL64;
    /** Decimals the results are reported with. */
    public static final int SCALE = 6;

    public static SampleStatistics of(List<BigDecimal> values) {
        int n = values.size();
        if (n == 0) {
            return new SampleStatistics(0, BigDecimal.ZERO, Optional.empty(), Optional.empty());
        }
        BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal count = BigDecimal.valueOf(n);
        BigDecimal mean = sum.divide(count, MC);
        if (n < 2) {
            return new SampleStatistics(n, round(mean), Optional.empty(), Optional.empty());
        }
        BigDecimal squares = values.stream().map(v -> v.subtract(mean).pow(2)).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal stdev = squares.divide(BigDecimal.valueOf(n - 1L), MC).sqrt(MC);
        Optional<BigDecimal> t = stdev.signum() == 0 ? Optional.empty()
                : Optional.of(round(mean.multiply(count.sqrt(MC), MC).divide(stdev, MC)));
        return new SampleStatistics(n, round(mean), Optional.of(round(stdev)), t);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(SCALE, RoundingMode.HALF_EVEN);
    }
}
