package astra.market;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.TickSize;
import org.junit.jupiter.api.Test;

class TickMultiplesTest {

    @Test
    void everyPriceFromZeroToOne_agreesWithTheRemainderForEveryTick() {
        for (TickSize tick : TickSize.values()) {
            TickMultiples multiples = new TickMultiples(tick.micros());
            int onTick = 0;
            for (long p = 0; p <= 1_000_000; p++) {
                boolean expected = p % tick.micros() == 0;
                if (multiples.contains(p) != expected) {
                    throw new AssertionError(p + " on tick " + tick + ": expected " + expected);
                }
                onTick += expected ? 1 : 0;
            }
            // 0 to 1 inclusive holds 1 / tick + 1 multiples: 11 for 0.1, 401 for 0.0025.
            assertThat(onTick).as("%s", tick).isEqualTo((int) (1_000_000 / tick.micros()) + 1);
        }
    }

    @Test
    void pricesOutsideZeroToOne_areStillJudgedByTheirRemainder() {
        TickMultiples cent = new TickMultiples(TickSize.HUNDREDTH.micros());
        // 1.02 = 102 cents; 1.025 is not a whole number of cents; -0.01 is minus one cent.
        assertThat(cent.contains(1_020_000)).isTrue();
        assertThat(cent.contains(1_025_000)).isFalse();
        assertThat(cent.contains(-10_000)).isTrue();
    }

    @Test
    void oddTicks_theCheapFormIsExactToo() {
        // Not venue ticks, but the proof covers any tick up to 1: 7 micros and 999,999 micros.
        for (long tick : new long[] {7, 999_999, 1_000_000}) {
            TickMultiples multiples = new TickMultiples(tick);
            for (long p = 0; p <= 1_000_000; p++) {
                if (multiples.contains(p) != (p % tick == 0)) {
                    throw new AssertionError(p + " on tick " + tick);
                }
            }
        }
    }
}
