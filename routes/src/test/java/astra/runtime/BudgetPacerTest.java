package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class BudgetPacerTest {

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-07-01T12:00:00Z"));

    @Test
    void startsWithAQuarterOfTheLimit_forTheFirstPlacements() {
        // 60 a minute: a burst of 60 / 4 = 15.
        assertThat(new BudgetPacer(clock, 60_000, 60).allowance(60)).isEqualTo(15);
    }

    @Test
    void onceSpent_accruesWhatTheMinuteLeavesAfterTheBurstAndTheCancelsTenth() {
        // 60 a minute: 60 − 15 (burst) − 6 (cancels) = 39 a minute, 0.65 a second.
        BudgetPacer pacer = new BudgetPacer(clock, 60_000, 60);
        pacer.spent(pacer.allowance(60));
        assertThat(pacer.allowance(60)).isZero();

        clock.advance(Duration.ofMillis(1_000)); // 0.65: kept, not lost to rounding
        assertThat(pacer.allowance(60)).isZero();
        clock.advance(Duration.ofMillis(1_000)); // 1.30
        assertThat(pacer.allowance(60)).isEqualTo(1);
        clock.advance(Duration.ofMillis(8_000)); // 6.50
        assertThat(pacer.allowance(60)).isEqualTo(6);
    }

    @Test
    void theBurstAndAMinutesAccrual_stayWithinTheBudgetLessTheCancelsTenth() {
        // Spending everything as it comes: 15 at once, then 39 over the minute = 54 = 60 − 6.
        BudgetPacer pacer = new BudgetPacer(clock, 60_000, 60);
        int spent = 0;
        for (int second = 0; second < 60; second++) {
            int n = pacer.allowance(60);
            pacer.spent(n);
            spent += n;
            clock.advance(Duration.ofMillis(1_000));
        }
        assertThat(spent).isEqualTo(15 + 38); // the 39th accrues at the minute's last instant
    }

    @Test
    void aQuietMinute_refillsOnlyUpToTheBurst() {
        BudgetPacer pacer = new BudgetPacer(clock, 60_000, 60);
        pacer.spent(15);
        clock.advance(Duration.ofMillis(60_000));

        assertThat(pacer.allowance(60)).isEqualTo(15);
    }

    @Test
    void aRaisedLimit_accruesFasterAndBurstsHigher() {
        // 6,000 a minute: a burst of 1,500; 6,000 − 1,500 − 600 = 3,900 a minute, 65 a second.
        BudgetPacer pacer = new BudgetPacer(clock, 60_000, 60);
        pacer.spent(15);
        clock.advance(Duration.ofMillis(1_000));

        assertThat(pacer.allowance(6_000)).isEqualTo(65);
        clock.advance(Duration.ofMillis(60_000));
        assertThat(pacer.allowance(6_000)).isEqualTo(1_500);
    }
}
