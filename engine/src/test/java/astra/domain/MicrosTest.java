package astra.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MicrosTest {

    @Test
    void hugeExponents_areRefusedAtOnceInsteadOfComputingTheirPowerOfTen() {
        // Unguarded, setScale would build 10^999999999 (about a billion digits) before failing.
        long start = System.nanoTime();
        assertThatThrownBy(() -> Micros.parse("1e999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not representable in millionths");
        assertThatThrownBy(() -> Micros.parse("1e-999999999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not representable in millionths");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void exponentForms_thatAreExactInMillionths_stillParse() {
        // 5e-1 = 0.5 = 500,000 millionths; 1.5e3 = 1500 = 1,500,000,000 millionths; 1000e-9 = 0.000001.
        assertThat(Micros.parse("5e-1")).isEqualTo(500_000L);
        assertThat(Micros.parse("1.5e3")).isEqualTo(1_500_000_000L);
        assertThat(Micros.parse("1000e-9")).isEqualTo(1L);
        assertThat(Micros.parse("0.10000000")).isEqualTo(100_000L);
    }

    @Test
    void theLargestWholeValues_parseAndOneDigitMoreIsRefused() {
        // Long.MAX_VALUE = 9,223,372,036,854,775,807, so 9,223,372,036,854 whole units fit (x 1e6)
        // and 10,000,000,000,000,000 (17 digits) cannot.
        assertThat(Micros.parse("9223372036854")).isEqualTo(9_223_372_036_854_000_000L);
        assertThatThrownBy(() -> Micros.parse("9223372036855")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Micros.parse("10000000000000000")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void format_writesWhatTheDecimalRouteWrites_withoutTrailingZeros() {
        assertThat(Micros.format(500_000)).isEqualTo("0.5");
        assertThat(Micros.format(12_000_000)).isEqualTo("12");
        assertThat(Micros.format(-100)).isEqualTo("-0.0001");
        assertThat(Micros.format(0)).isEqualTo("0");
        assertThat(Micros.format(1)).isEqualTo("0.000001");
        assertThat(Micros.format(-1_000_000)).isEqualTo("-1");
        assertThat(Micros.format(10_050_000)).isEqualTo("10.05");
        long[] edges = {Long.MIN_VALUE, Long.MIN_VALUE + 1, Long.MAX_VALUE, -999_999, 999_999, 1_000_001, -10};
        for (long v : edges) {
            assertThat(Micros.format(v)).as("%d", v).isEqualTo(decimalRoute(v));
        }
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 200_000; i++) {
            // Every magnitude, and round values (trailing zeros) as often as ragged ones.
            long v = random.nextLong() >> random.nextInt(64);
            if (random.nextBoolean()) {
                v = v / 1_000 * 1_000;
            }
            assertThat(Micros.format(v)).as("%d", v).isEqualTo(decimalRoute(v));
        }
    }

    private static String decimalRoute(long micros) {
        BigDecimal d = BigDecimal.valueOf(micros, Micros.DECIMALS).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
