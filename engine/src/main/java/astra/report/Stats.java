package astra.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Sample statistics in BigDecimal at {@link MathContext#DECIMAL64} (16 significant digits), so a
 * Sharpe or a t-statistic is computed without ever passing through a double. Square roots use
 * {@link BigDecimal#sqrt(MathContext)}. An undefined statistic is empty, never zero.
 */
final class Stats {
    static final MathContext MC = MathContext.DECIMAL64;

    private Stats() {}

    static Optional<BigDecimal> mean(List<BigDecimal> xs) {
        if (xs.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(sum(xs).divide(BigDecimal.valueOf(xs.size()), MC));
    }

    /** The sample standard deviation (divisor n − 1); empty below two values. */
    static Optional<BigDecimal> stdev(List<BigDecimal> xs) {
        if (xs.size() < 2) {
            return Optional.empty();
        }
        BigDecimal m = sum(xs).divide(BigDecimal.valueOf(xs.size()), MC);
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal x : xs) {
            BigDecimal d = x.subtract(m, MC);
            squares = squares.add(d.multiply(d, MC), MC);
        }
        return Optional.of(squares.divide(BigDecimal.valueOf(xs.size() - 1L), MC).sqrt(MC));
    }

    /** The middle value, or the mean of the two middle values for an even count. */
    static Optional<BigDecimal> median(List<BigDecimal> xs) {
        if (xs.isEmpty()) {
            return Optional.empty();
        }
        List<BigDecimal> sorted = new ArrayList<>(xs);
        Collections.sort(sorted);
        int n = sorted.size();
        return Optional.of(n % 2 == 1
                ? sorted.get(n / 2)
                : sorted.get(n / 2 - 1).add(sorted.get(n / 2)).divide(BigDecimal.valueOf(2), MC));
    }

    /** mean / (stdev / √n): empty below two values or when every value is the same. */
    static Optional<BigDecimal> tStat(List<BigDecimal> xs) {
        Optional<BigDecimal> sd = stdev(xs);
        if (sd.isEmpty() || sd.get().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal standardError = sd.get().divide(BigDecimal.valueOf(xs.size()).sqrt(MC), MC);
        return Optional.of(mean(xs).orElseThrow().divide(standardError, MC));
    }

    static BigDecimal sum(List<BigDecimal> xs) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal x : xs) {
            s = s.add(x);
        }
        return s;
    }
}
