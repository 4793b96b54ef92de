package astra.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerformanceTest {
    private static final Instant DAY0 = Instant.parse("2026-05-01T00:00:00Z");

    private static List<EquityPoint> daily(String... equities) {
        List<EquityPoint> points = new ArrayList<>();
        for (int i = 0; i < equities.length; i++) {
            Usd e = Usd.parse(equities[i]);
            points.add(new EquityPoint(DAY0.plus(Duration.ofDays(i)), e, e));
        }
        return points;
    }

    @Test
    void threeDailyReturns_giveTheHandComputedSharpeDrawdownAndCalmar() {
        // 100 → 110 → 99 → 108.9: r = +0.1, −0.1, +0.1; mean 1/30;
        // sample variance ((2/30)² + (4/30)² + (2/30)²) / 2 = 12/900, stdev √12/30;
        // mean/stdev = 1/√12; Sharpe = √365/√12 = √(365/12) = √30.41666… = 5.515130
        Performance p = Performance.measure(daily("100", "110", "99", "108.9"), EquityPoint::equity,
                Duration.ofDays(1), false);

        assertThat(p.buckets()).isEqualTo(3);
        assertThat(p.sharpe().orElseThrow()).isCloseTo(new BigDecimal("5.515130"), within(new BigDecimal("0.000001")));
        // peak 110, trough 99: 99/110 − 1 = −0.1 (108.9 never regains 110)
        assertThat(p.maxDrawdown()).isEqualByComparingTo("-0.1");
        // total 8.9/100 = 0.089 over 3 days → × 365/3 = 10.828333…; Calmar = 10.828333… / 0.1 = 108.28333…
        assertThat(p.annualizedReturn()).isCloseTo(new BigDecimal("10.8283333333"), within(new BigDecimal("1e-10")));
        assertThat(p.calmar().orElseThrow()).isCloseTo(new BigDecimal("108.283333333"), within(new BigDecimal("1e-9")));
    }

    @Test
    void neverFallingCurve_hasZeroDrawdownAndNoCalmar() {
        Performance p = Performance.measure(daily("100", "101", "103"), EquityPoint::equity, Duration.ofDays(1), false);

        assertThat(p.maxDrawdown()).isEqualByComparingTo("0");
        assertThat(p.calmar()).isEmpty();
    }

    @Test
    void constantReturns_leaveSharpeUndefinedRatherThanInfinite() {
        // 100 → 110 → 121: r = 0.1, 0.1, stdev 0
        Performance p = Performance.measure(daily("100", "110", "121"), EquityPoint::equity, Duration.ofDays(1), false);

        assertThat(p.stdevReturn().orElseThrow()).isEqualByComparingTo("0");
        assertThat(p.sharpe()).isEmpty();
    }

    @Test
    void bucketsPerYear_isThe365DayYearOverTheBucket() {
        // 365 × 24 = 8,760 hours; 365 × 1,440 = 525,600 minutes
        assertThat(Performance.bucketsPerYear(Duration.ofHours(1))).isEqualByComparingTo("8760");
        assertThat(Performance.bucketsPerYear(Duration.ofMinutes(1))).isEqualByComparingTo("525600");
        assertThat(Performance.bucketsPerYear(Duration.ofDays(1))).isEqualByComparingTo("365");
    }

    @Test
    void trailingWindow_startsAtTheFirstBoundaryInsideItOrIsEmptyWhenTheCurveIsShorter() {
        List<EquityPoint> fiveDays = daily("100", "90", "95", "99", "100", "102");

        assertThat(Performance.trailing(fiveDays, Duration.ofDays(2)).orElseThrow())
                .extracting(EquityPoint::time)
                .containsExactly(DAY0.plus(Duration.ofDays(3)), DAY0.plus(Duration.ofDays(4)), DAY0.plus(Duration.ofDays(5)));
        assertThat(Performance.trailing(fiveDays, Duration.ofDays(6))).isEmpty();
    }
}
