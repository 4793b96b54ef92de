package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BookChurnTest {
    @Test
    void oneUpdateInATick_movesTheRateByOnePerMinuteOfWindow_notByTwoHundredForty() {
        BookChurn churn = new BookChurn();
        // A quiet minute: 30 updates, one every 2 s, sampled at 250 ms ticks.
        long updates = 0;
        long rate = 0;
        for (long t = 0; t <= 60_000; t += 250) {
            if (t > 0 && t % 2_000 == 0) {
                updates++;
            }
            rate = churn.perMinute(t, updates);
        }
        // 30 updates over the 60 s window = 30 a minute (a one-tick count would read 240 or 0)
        assertThat(rate).isEqualTo(30);
        // At 61,250 ms with one more update: the samples at 0 and 1,000 ms have left the window; the
        // oldest kept is t = 2,000 (1 update by then): 31 - 1 = 30 updates in the window
        assertThat(churn.perMinute(61_250, 31)).isEqualTo(30);
    }

    @Test
    void aBookThatStopsUpdating_fallsToZeroOnceItsLastUpdatesLeaveTheWindow() {
        BookChurn churn = new BookChurn();
        churn.perMinute(0, 0);
        churn.perMinute(1_000, 120); // a burst of 120 updates in the first second
        // 120 updates over the minimum span of 1 s = 7,200 a minute
        assertThat(churn.perMinute(1_000, 120)).isEqualTo(7_200);
        // at 30 s the burst is inside the window: 120 over 30 s = 240 a minute
        assertThat(churn.perMinute(30_000, 120)).isEqualTo(240);
        // at 62 s the samples before 2 s have left: nothing changed since, so 0
        assertThat(churn.perMinute(62_000, 120)).isZero();
    }

    @Test
    void theFirstTick_isCountedOverAtLeastOneSecond() {
        BookChurn churn = new BookChurn();
        churn.perMinute(0, 0);
        // 3 updates in the first 250 ms: over 1 s that is 180 a minute, not 720
        assertThat(churn.perMinute(250, 3)).isEqualTo(180);
    }

    @Test
    void onceAWholeWindowIsCounted_theRateMovesOnlyWhenAnUpdateComesOrLeaves() {
        BookChurn churn = new BookChurn();
        // A busy book: 90 updates a minute (three every 2 s) for two minutes, sampled at 250 ms ticks.
        long updates = 0;
        for (long t = 0; t <= 120_000; t += 250) {
            if (t > 0 && t % 2_000 == 0) {
                updates += 3;
            }
            churn.perMinute(t, updates);
        }
        // Then nothing for half a minute: the rate steps down by 3 when an old burst leaves the
        // window, and never moves in between. Dividing by the span since the oldest sample (59 to
        // 60 s) read 91 or 92 on some of these ticks and 90 on others.
        long before = churn.perMinute(120_250, updates);
        int moves = 0;
        for (long t = 120_500; t <= 150_000; t += 250) {
            long rate = churn.perMinute(t, updates);
            if (rate != before) {
                assertThat(before - rate).as("at %d ms", t).isEqualTo(3);
                moves++;
            }
            before = rate;
        }
        assertThat(moves).as("one step per burst that left: 15 in 30 s").isEqualTo(15);
        assertThat(before).isEqualTo(90 - 45);
    }
}
