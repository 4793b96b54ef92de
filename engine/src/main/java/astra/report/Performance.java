package astra.report;

import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Return statistics of one equity curve (or a trailing window of it).
 *
 * <ul>
 *   <li>per-bucket return r = (E_k − E_{k−1}) / E_{k−1}: that bucket's P&L over the equity at its
 *       start; only whole buckets count, and none after equity reaches zero
 *       ({@code equityExhausted});</li>
 *   <li>Sharpe = mean(r) / stdev(r) × √(buckets per year), sample stdev, 365-day year (markets
 *       trade every day); empty below two returns or with zero dispersion;</li>
 *   <li>max drawdown = the lowest E / running peak − 1, a fraction ≤ 0 (−0.08 is an 8% fall);</li>
 *   <li>annualized return = total return × (365 days / curve length), simple, not compounded, so a
 *       short window is not blown up by compounding;</li>
 *   <li>Calmar = annualized return / |max drawdown|; empty without a drawdown.</li>
 * </ul>
 */
public record Performance(
        int buckets,
        List<BigDecimal> returns,
        Optional<BigDecimal> meanReturn,
        Optional<BigDecimal> stdevReturn,
        Optional<BigDecimal> sharpe,
        BigDecimal maxDrawdown,
        BigDecimal totalReturn,
        BigDecimal annualizedReturn,
        Optional<BigDecimal> calmar,
        boolean equityExhausted) {

    static final Duration YEAR = Duration.ofDays(365);

    public Performance {
        returns = List.copyOf(returns);
    }

    static BigDecimal bucketsPerYear(Duration bucket) {
        return BigDecimal.valueOf(YEAR.toNanos()).divide(BigDecimal.valueOf(bucket.toNanos()), Stats.MC);
    }

    /**
     * Measures the curve; {@code partialLast} says the last interval is shorter than a bucket, so
     * its return is left out (its P&L still moves total return and drawdown).
     */
    static Performance measure(List<EquityPoint> points, Function<EquityPoint, Usd> equityOf, Duration bucket,
            boolean partialLast) {
        if (points.size() < 2) {
            throw new IllegalArgumentException("a curve needs at least two points, got " + points.size());
        }
        int lastWhole = partialLast ? points.size() - 2 : points.size() - 1;
        List<BigDecimal> returns = new ArrayList<>();
        boolean exhausted = false;
        for (int k = 1; k <= lastWhole; k++) {
            BigDecimal before = equityOf.apply(points.get(k - 1)).toBigDecimal();
            if (before.signum() <= 0) {
                exhausted = true;
                break;
            }
            BigDecimal after = equityOf.apply(points.get(k)).toBigDecimal();
            returns.add(after.subtract(before).divide(before, Stats.MC));
        }
        Optional<BigDecimal> mean = Stats.mean(returns);
        Optional<BigDecimal> sd = Stats.stdev(returns);
        Optional<BigDecimal> sharpe = sd.filter(s -> s.signum() > 0)
                .map(s -> mean.orElseThrow().divide(s, Stats.MC).multiply(bucketsPerYear(bucket).sqrt(Stats.MC), Stats.MC));

        BigDecimal first = equityOf.apply(points.get(0)).toBigDecimal();
        BigDecimal last = equityOf.apply(points.get(points.size() - 1)).toBigDecimal();
        BigDecimal total = last.subtract(first).divide(first, Stats.MC);
        Duration length = Duration.between(points.get(0).time(), points.get(points.size() - 1).time());
        BigDecimal annualized = total.multiply(BigDecimal.valueOf(YEAR.toNanos()), Stats.MC)
                .divide(BigDecimal.valueOf(length.toNanos()), Stats.MC);
        BigDecimal drawdown = maxDrawdown(points, equityOf);
        Optional<BigDecimal> calmar = drawdown.signum() < 0
                ? Optional.of(annualized.divide(drawdown.abs(), Stats.MC))
                : Optional.empty();
        return new Performance(returns.size(), returns, mean, sd, sharpe, drawdown, total, annualized, calmar,
                exhausted);
    }

    private static BigDecimal maxDrawdown(List<EquityPoint> points, Function<EquityPoint, Usd> equityOf) {
        BigDecimal peak = equityOf.apply(points.get(0)).toBigDecimal();
        BigDecimal worst = BigDecimal.ZERO;
        for (EquityPoint p : points) {
            BigDecimal e = equityOf.apply(p).toBigDecimal();
            if (e.compareTo(peak) > 0) {
                peak = e;
            } else if (peak.signum() > 0) {
                BigDecimal dd = e.divide(peak, Stats.MC).subtract(BigDecimal.ONE, Stats.MC);
                worst = worst.min(dd);
            }
        }
        return worst;
    }

    /** The points from the first boundary at or after {@code end − window}, or empty when the curve is shorter. */
    static Optional<List<EquityPoint>> trailing(List<EquityPoint> points, Duration window) {
        java.time.Instant end = points.get(points.size() - 1).time();
        java.time.Instant from = end.minus(window);
        if (from.isBefore(points.get(0).time())) {
            return Optional.empty();
        }
        List<EquityPoint> tail = points.stream().filter(p -> !p.time().isBefore(from)).toList();
        return tail.size() < 2 ? Optional.empty() : Optional.of(tail);
    }
}
