package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.FeeSchedule;
import astra.domain.Liquidity;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The whole-number fee and notional paths give what exact decimals give, to the micro: against the
 * decimal reference on varied inputs, and on hand-worked floors.
 */
class WholeNumberFeesTest {

    private static final FeeSchedule.Curve RATE_3_PERCENT =
            new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true);

    @Test
    void oneShareAtOneCent_floorsToFiveDecimals() {
        // 1 · 0.03 · 0.01 · 0.99 = 0.000297 → floored to 5 dp 0.00029 (half-up would give 0.00030).
        assertThat(takerFee(RATE_3_PERCENT, "0.01", "1")).isEqualTo(Usd.parse("0.00029"));
    }

    @Test
    void sixtySharesAtFortyFiveCents_exactToTheUnit() {
        // 60 · 0.03 · 0.45 · 0.55 = 0.4455, no digits past the fifth decimal to cut.
        assertThat(takerFee(RATE_3_PERCENT, "0.45", "60")).isEqualTo(Usd.parse("0.4455"));
    }

    @Test
    void oddSizeAndPrice_floorsTheSixthDecimalAway() {
        // 0.333333 · 0.666667 = 0.222222111111; · 0.0175 = 0.0038888869444…; · 10.123457 = 0.0393689…
        // → 0.03936 (the sixth decimal, 8, is cut, not rounded up). The size ends in no zero: nothing cancels.
        FeeSchedule.Curve curve = new FeeSchedule.Curve(new BigDecimal("0.0175"), 1, BigDecimal.ZERO, true);
        assertThat(takerFee(curve, "0.333333", "10.123457")).isEqualTo(Usd.parse("0.03936"));
    }

    @Test
    void rateWrittenPastSixDecimals_sameFeeByTheDecimalPath() {
        // 0.03000000 is the same rate as 0.03, though its written scale keeps it off the whole-number path.
        FeeSchedule.Curve longRate = new FeeSchedule.Curve(new BigDecimal("0.03000000"), 1, BigDecimal.ZERO, true);
        assertThat(takerFee(longRate, "0.45", "60")).isEqualTo(Usd.parse("0.4455"));
    }

    @Test
    void curveFee_matchesExactDecimals_overVariedRatesPricesAndSizes() {
        Random random = new Random(42);
        List<FeeSchedule.Curve> curves = List.of(
                RATE_3_PERCENT,
                new FeeSchedule.Curve(new BigDecimal("0.0175"), 1, BigDecimal.ZERO, false),
                new FeeSchedule.Curve(new BigDecimal("0.072"), 1, new BigDecimal("0.25"), true),
                new FeeSchedule.Curve(new BigDecimal("1"), 1, BigDecimal.ZERO, true),
                new FeeSchedule.Curve(new BigDecimal("0.000001"), 1, BigDecimal.ZERO, true),
                new FeeSchedule.Curve(new BigDecimal("0.0000015"), 1, BigDecimal.ZERO, true),
                new FeeSchedule.Curve(new BigDecimal("0.03"), 2, BigDecimal.ZERO, true),
                new FeeSchedule.Curve(new BigDecimal("0.03"), 0, BigDecimal.ZERO, true),
                (FeeSchedule.Curve) FeeSchedule.none());
        for (int i = 0; i < 200_000; i++) {
            FeeSchedule.Curve curve = curves.get(random.nextInt(curves.size()));
            Price price = new Price(1 + random.nextInt(999_999));
            Shares size = randomSize(random);
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;

            assertThat(Fees.fee(curve, side, price, size, Liquidity.TAKER))
                    .as("%s at %s, %s", size, price, curve)
                    .isEqualTo(Fees.decimalFee(curve, side, price, size));
        }
    }

    @Test
    void sizesAroundTheWholeNumberLimit_matchExactDecimals() {
        // A size with no trailing zero keeps all nineteen tens: S · R · P(1e6 − P) must stay below 2^82.
        // At rate 1 and price 0.5: S < 2^82 / (1e6 · 2.5e11) ≈ 19,342,813 micro-shares (19.3 shares).
        FeeSchedule.Curve rateOne = new FeeSchedule.Curve(BigDecimal.ONE, 1, BigDecimal.ZERO, true);
        Price half = Price.parse("0.5");
        long limit = BigDecimal.valueOf(2).pow(82).divide(BigDecimal.valueOf(250_000_000_000_000_000L), 0,
                RoundingMode.DOWN).longValueExact();
        for (long size : new long[] {limit - 1, limit, limit + 1, Long.MAX_VALUE}) {
            Shares shares = new Shares(size);
            assertThat(Fees.fee(rateOne, Side.BUY, half, shares, Liquidity.TAKER))
                    .as("size %d", size)
                    .isEqualTo(Fees.decimalFee(rateOne, Side.BUY, half, shares));
        }
    }

    @Test
    void tenThousandSharesAtThreePercent_staysOnTheWholeNumberPath() {
        // 10,000 shares = 1e10 micros: six of its trailing zeros cancel (S′ = 1e4, 13 tens left), and
        // 1e4 · 3e4 · 2.5e11 = 7.5e19 < 2^(63+13) ≈ 7.6e22. Fee 10,000 · 0.03 · 0.25 = 75 pUSD = 7,500,000 units.
        assertThat(LinearCurveFee.unitsOrNegative(RATE_3_PERCENT, 500_000, Shares.whole(10_000).micros()))
                .isEqualTo(7_500_000);
    }

    @Test
    void notional_matchesExactDecimals_upAndDown() {
        Random random = new Random(11);
        for (int i = 0; i < 200_000; i++) {
            Shares size = randomSize(random);
            Price price = new Price(random.nextInt(1_000_001));
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.UP, RoundingMode.DOWN, RoundingMode.HALF_EVEN}) {
                assertThat(Units.toUsd(size, price, mode).micros())
                        .as("%s at %s %s", size, price, mode)
                        .isEqualTo(Units.decimalToUsd(size, price, mode));
            }
        }
    }

    @Test
    void notionalOfThreeMicroSharesAtAThird_roundsEachWay() {
        // 0.000003 · 0.333333 = 0.000000999999: DOWN 0, UP one micro.
        assertThat(Units.toUsd(new Shares(3), Price.parse("0.333333"), RoundingMode.DOWN)).isEqualTo(Usd.ZERO);
        assertThat(Units.toUsd(new Shares(3), Price.parse("0.333333"), RoundingMode.UP)).isEqualTo(new Usd(1));
    }

    private static Usd takerFee(FeeSchedule schedule, String price, String size) {
        return Fees.fee(schedule, Side.BUY, Price.parse(price), Shares.parse(size), Liquidity.TAKER).collateral();
    }

    /** Sub-unit, everyday and enormous sizes (the last past the whole-number limits). */
    private static Shares randomSize(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> new Shares(random.nextInt(1_000));
            case 1 -> Shares.whole(random.nextInt(10_000));
            case 2 -> new Shares(random.nextLong() >>> 1);
            default -> new Shares(random.nextInt(1_000_000_000));
        };
    }
}
