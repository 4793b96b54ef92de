package astra.simulator.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AmountsTest {
    @Test
    void format_writesPlainDecimalsWithoutTrailingZeros() {
        assertThat(Amounts.format(520_000)).isEqualTo("0.52");
        assertThat(Amounts.format(5_000_000)).isEqualTo("5");
        assertThat(Amounts.format(1_230)).isEqualTo("0.00123");
        assertThat(Amounts.format(0)).isEqualTo("0");
        assertThat(Amounts.format(10_000_000)).isEqualTo("10");
        assertThat(Amounts.format(-500_000)).isEqualTo("-0.5");
        assertThat(Amounts.format(-12_000_001)).isEqualTo("-12.000001");
    }

    /** The same text as BigDecimal's plain form, which it replaced on the market channel's hot path. */
    @Test
    void format_agreesWithBigDecimalPlainText_acrossMagnitudesAndSigns() {
        SplittableRandom random = new SplittableRandom(7);
        long[] edges = {1, 9, 10, 999_999, 1_000_000, 1_000_001, 100_000, Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MIN_VALUE + 1};
        for (long v : edges) {
            assertThat(Amounts.format(v)).as("%d", v).isEqualTo(reference(v));
            assertThat(Amounts.format(-v)).as("%d", -v).isEqualTo(reference(-v));
        }
        for (long price = 0; price <= Amounts.ONE; price += 1_000) {
            assertThat(Amounts.format(price)).as("%d", price).isEqualTo(reference(price));
        }
        for (int i = 0; i < 20_000; i++) {
            long v = random.nextLong(-1L << random.nextInt(1, 62), 1L << random.nextInt(1, 62));
            assertThat(Amounts.format(v)).as("%d", v).isEqualTo(reference(v));
        }
    }

    private static String reference(long micros) {
        BigDecimal d = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
