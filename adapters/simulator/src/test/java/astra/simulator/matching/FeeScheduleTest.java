package astra.simulator.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class FeeScheduleTest {
    private static long p(String d) {
        return Amounts.parse(d);
    }

    @Test
    void exponentOne_atFiftyTwoCents_tenShares() {
        // 10 × 0.03 × (0.52 × 0.48) = 10 × 0.03 × 0.2496 = 0.07488 pUSD (exact at 5 dp)
        assertThat(new FeeSchedule(p("0.03"), 1).takerFee(p("0.52"), p("10"))).isEqualTo(p("0.07488"));
    }

    @Test
    void feeIsCutToFiveDecimals_neverRoundedUp() {
        // 3.33 × 0.0175 × (0.37 × 0.63) = 0.058275 × 0.2331 = 0.0135839025 → 0.01358
        assertThat(new FeeSchedule(p("0.0175"), 1).takerFee(p("0.37"), p("3.33"))).isEqualTo(p("0.01358"));
        // 1 × 0.01 × (0.99 × 0.01) = 0.000099 → 0.00009 (round-half-up would give 0.00010)
        assertThat(new FeeSchedule(p("0.01"), 1).takerFee(p("0.99"), p("1"))).isEqualTo(p("0.00009"));
    }

    @Test
    void exponentTwo_squaresTheBellCurve() {
        // 100 × 0.25 × (0.5 × 0.5)² = 100 × 0.25 × 0.0625 = 1.5625
        assertThat(new FeeSchedule(p("0.25"), 2).takerFee(p("0.5"), p("100"))).isEqualTo(p("1.5625"));
    }

    @Test
    void feeIsSymmetricInPriceAndItsComplement() {
        FeeSchedule f = new FeeSchedule(p("0.03"), 1);
        assertThat(f.takerFee(p("0.3"), p("17"))).isEqualTo(f.takerFee(p("0.7"), p("17")));
    }

    @Test
    void maxFeeForABuy_usesTheLimitBelowHalf_andHalfAbove() {
        FeeSchedule f = new FeeSchedule(p("0.04"), 1);
        // limit 0.2: 10 × 0.04 × 0.16 = 0.064; limit 0.7: worst fill price is 0.5 → 10 × 0.04 × 0.25 = 0.1
        assertThat(f.maxTakerFeeForBuy(p("0.2"), p("10"))).isEqualTo(p("0.064"));
        assertThat(f.maxTakerFeeForBuy(p("0.7"), p("10"))).isEqualTo(p("0.1"));
    }

    @Test
    void badSchedules_areRefused() {
        assertThatThrownBy(() -> new FeeSchedule(-1, 1)).hasMessageContaining("fee rate");
        assertThatThrownBy(() -> new FeeSchedule(p("0.03"), -1)).hasMessageContaining("exponent");
        assertThatThrownBy(() -> FeeSchedule.none().takerFee(0, p("1"))).hasMessageContaining("0 < p < 1");
    }

    /** The whole-number computation gives what the decimal formula cut to 5 places gives. */
    @Test
    void takerFee_equalsTheDecimalFormulaCutToFiveDecimals_forRandomInputs() {
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 20_000; i++) {
            long rate = random.nextLong(0, Amounts.ONE + 1);
            int exponent = random.nextBoolean() ? 1 : random.nextInt(0, 4);
            long price = random.nextLong(1, Amounts.ONE);
            // Up to a million shares, half of them up to 1,000 (the exponent-1 fast path's range).
            long size = random.nextLong(0, (random.nextBoolean() ? 1_000L : 1_000_000L) * Amounts.ONE);
            BigDecimal pd = BigDecimal.valueOf(price, 6);
            long expected = BigDecimal.valueOf(size, 6).multiply(BigDecimal.valueOf(rate, 6))
                    .multiply(pd.multiply(BigDecimal.ONE.subtract(pd)).pow(exponent))
                    .setScale(5, RoundingMode.DOWN).movePointRight(6).longValueExact();
            assertThat(new FeeSchedule(rate, exponent).takerFee(price, size))
                    .as("rate %d exponent %d price %d size %d", rate, exponent, price, size).isEqualTo(expected);
        }
    }
}
