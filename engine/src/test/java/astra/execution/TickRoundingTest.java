package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Price;
import astra.domain.Side;
import astra.domain.TickSize;
import java.math.BigDecimal;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TickRoundingTest {

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void askJustBelowOne_roundsUpToOneThenClampsToOneMinusTick() {
        // 0.9996 / 0.001 = 999.6 -> ceiling 1000 ticks = 1.000, invalid; clamp -> 0.999
        assertThat(TickRounding.ask(d("0.9996"), TickSize.THOUSANDTH)).isEqualTo(Price.parse("0.999"));
    }

    @Test
    void bidJustAboveZero_roundsDownToZeroThenClampsToOneTick() {
        // 0.0004 / 0.001 = 0.4 -> floor 0 ticks = 0, invalid; clamp -> 0.001
        assertThat(TickRounding.bid(d("0.0004"), TickSize.THOUSANDTH)).isEqualTo(Price.parse("0.001"));
    }

    @ParameterizedTest(name = "tick {0}: bid {1} -> {2}, ask {3} -> {4}")
    @CsvSource({
        // interior: bid floors, ask ceils
        "0.1,    0.57,    0.5,    0.51,    0.6",
        "0.01,   0.567,   0.56,   0.561,   0.57",
        "0.001,  0.5679,  0.567,  0.5671,  0.568",
        "0.0001, 0.56789, 0.5678, 0.56781, 0.5679",
        "0.005,  0.5679,  0.565,  0.5651,  0.570",
        // 0.5674 / 0.0025 = 226.96 -> 226 * 0.0025 = 0.565; 0.5651 / 0.0025 = 226.04 -> 227 -> 0.5675
        "0.0025, 0.5674,  0.565,  0.5651,  0.5675",
    })
    void interiorPrices_bidRoundsDownAndAskRoundsUp(String tick, String rawBid, String bid, String rawAsk,
            String ask) {
        TickSize t = TickSize.parse(tick);
        assertThat(TickRounding.bid(d(rawBid), t)).isEqualTo(Price.parse(bid));
        assertThat(TickRounding.ask(d(rawAsk), t)).isEqualTo(Price.parse(ask));
    }

    @ParameterizedTest(name = "tick {0}: bid {1} -> {2}, ask {3} -> {4}")
    @CsvSource({
        // the bid floors to 0 ticks and is clamped up to one tick; the ask ceils to 1 and is clamped
        // down to 1 - tick
        "0.1,    0.05,    0.1,    0.95,    0.9",
        "0.01,   0.004,   0.01,   0.995,   0.99",
        "0.001,  0.0004,  0.001,  0.9996,  0.999",
        "0.0001, 0.00004, 0.0001, 0.99995, 0.9999",
        "0.005,  0.004,   0.005,  0.996,   0.995",
        // 0.999 / 0.0025 = 399.6 -> 400 ticks = 1.0 -> clamp 0.9975
        "0.0025, 0.002,   0.0025, 0.999,   0.9975",
    })
    void pricesWithinATickOfTheBounds_roundFirstThenClampIntoValidRange(String tick, String rawBid, String bid,
            String rawAsk, String ask) {
        TickSize t = TickSize.parse(tick);
        assertThat(TickRounding.bid(d(rawBid), t)).isEqualTo(Price.parse(bid));
        assertThat(TickRounding.ask(d(rawAsk), t)).isEqualTo(Price.parse(ask));
    }

    @Test
    void bidAboveOneMinusTick_isClampedDownNotRoundedUp() {
        // 0.9999 at tick 0.01: floor -> 0.99, already the maximum
        assertThat(TickRounding.bid(d("0.9999"), TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.99"));
        // exactly 1: floor keeps 1.00, clamp -> 0.99
        assertThat(TickRounding.bid(BigDecimal.ONE, TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.99"));
        // exactly 0 ask: ceiling keeps 0, clamp -> 0.01
        assertThat(TickRounding.ask(BigDecimal.ZERO, TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.01"));
    }

    @Test
    void rawPricesFinerThanMicros_stillRoundOnTheSafeSide() {
        assertThat(TickRounding.bid(d("0.56999999"), TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.56"));
        assertThat(TickRounding.ask(d("0.560000001"), TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.57"));
    }

    @Test
    void onTickPrices_areLeftUnchangedOnBothSides() {
        assertThat(TickRounding.bid(d("0.565"), TickSize.FIVE_THOUSANDTHS)).isEqualTo(Price.parse("0.565"));
        assertThat(TickRounding.ask(d("0.565"), TickSize.FIVE_THOUSANDTHS)).isEqualTo(Price.parse("0.565"));
        assertThat(TickRounding.bidMicros(567_500, TickSize.TWENTY_FIVE_TEN_THOUSANDTHS))
                .isEqualTo(Price.parse("0.5675"));
    }

    @Test
    void micros_andSide_dispatchToTheSameRounding() {
        assertThat(TickRounding.askMicros(567_100, TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.57"));
        assertThat(TickRounding.bidMicros(567_900, TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.56"));
        assertThat(TickRounding.forSide(Side.BUY, d("0.567"), TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.56"));
        assertThat(TickRounding.forSide(Side.SELL, d("0.561"), TickSize.HUNDREDTH)).isEqualTo(Price.parse("0.57"));
    }

    @ParameterizedTest
    @EnumSource(TickSize.class)
    void everyRawPrice_landsOnTickInsideRangeAndOnTheSafeSideUnlessClamped(TickSize tick) {
        for (long raw = 0; raw <= 1_000_000; raw += 37) {
            Price bid = TickRounding.bidMicros(raw, tick);
            Price ask = TickRounding.askMicros(raw, tick);
            for (Price p : new Price[] {bid, ask}) {
                assertThat(p.isOnTick(tick)).as("on tick %s", p).isTrue();
                assertThat(p.micros()).isBetween(tick.minPrice().micros(), tick.maxPrice().micros());
            }
            // inside [tick, 1 - tick] no clamp acts: a bid is at most one tick below its raw price,
            // an ask at most one tick above, and neither crosses its raw price
            if (raw >= tick.micros() && raw <= tick.maxPrice().micros()) {
                assertThat(bid.micros()).isLessThanOrEqualTo(raw).isGreaterThan(raw - tick.micros());
                assertThat(ask.micros()).isGreaterThanOrEqualTo(raw).isLessThan(raw + tick.micros());
            }
        }
    }

    @Test
    void rawPricesOutsideZeroToOne_areRefused() {
        assertThatThrownBy(() -> TickRounding.bid(d("-0.01"), TickSize.HUNDREDTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 1]");
        assertThatThrownBy(() -> TickRounding.ask(d("1.01"), TickSize.HUNDREDTH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside [0, 1]");
    }

    @ParameterizedTest(name = "tick {0}")
    @EnumSource(TickSize.class)
    void aDoubleRoundsAsItsDecimalDoes_onTheGridAndBesideIt(TickSize tick) {
        SplittableRandom random = new SplittableRandom(tick.micros());
        for (long k = 0; k * tick.micros() <= 1_000_000; k++) {
            // k ticks as a double, and the doubles either side of it: where the double route could err.
            double onTheGrid = k * tick.micros() / 1e6;
            for (double raw : new double[] {onTheGrid, Math.nextDown(onTheGrid), Math.nextUp(onTheGrid),
                    onTheGrid + 1e-12, onTheGrid - 1e-12}) {
                assertSameAsTheDecimalRoute(raw, tick);
            }
        }
        for (int i = 0; i < 100_000; i++) {
            assertSameAsTheDecimalRoute(random.nextDouble(), tick);
        }
    }

    @Test
    void aDoubleOutOfRange_isRefusedAsItsDecimalIs() {
        for (double raw : new double[] {-1e-9, 1.0000001, Double.NaN, Double.POSITIVE_INFINITY}) {
            Class<? extends Throwable> refusal = refusalOf(() -> TickRounding.bid(BigDecimal.valueOf(raw),
                    TickSize.HUNDREDTH));
            assertThatThrownBy(() -> TickRounding.bid(raw, TickSize.HUNDREDTH)).as("%s", raw).isInstanceOf(refusal);
            assertThatThrownBy(() -> TickRounding.ask(raw, TickSize.HUNDREDTH)).as("%s", raw).isInstanceOf(refusal);
        }
    }

    private static void assertSameAsTheDecimalRoute(double raw, TickSize tick) {
        if (raw < 0 || raw > 1) {
            return;
        }
        BigDecimal decimal = BigDecimal.valueOf(raw);
        assertThat(TickRounding.bid(raw, tick)).as("bid %s on %s", raw, tick)
                .isEqualTo(TickRounding.bid(decimal, tick));
        assertThat(TickRounding.ask(raw, tick)).as("ask %s on %s", raw, tick)
                .isEqualTo(TickRounding.ask(decimal, tick));
    }

    private static Class<? extends Throwable> refusalOf(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            return e.getClass();
        }
        throw new AssertionError("not refused");
    }
}
