package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MutationPacerTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T00:00:00Z"));
    private final MutationPacer pacer = new MutationPacer(clock, () -> 60);

    @Test
    void aFreshPacer_allowsABurstOfAThirdOfTheMinute() {
        assertThat(pacer.available()).isEqualTo(20);
    }

    @Test
    void afterTheBurst_itRefillsAtWhatTheMinuteLeaves_34AMinuteFor60() {
        // 60 a minute: burst 20, 6 kept for cancels, so 60 − 6 − 20 = 34 a minute after the burst.
        pacer.spent(20);
        assertThat(pacer.available()).isZero();

        clock.advance(Duration.ofSeconds(30));

        assertThat(pacer.available()).isEqualTo(17);
    }

    @Test
    void noRollingMinuteOfPacedSpending_exceedsTheBudgetLessTheCancelReserve() {
        int spentInMinute = 0;
        for (int second = 0; second < 60; second++) {
            int n = pacer.available();
            pacer.spent(n);
            spentInMinute += n;
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(spentInMinute).isLessThanOrEqualTo(54).isGreaterThanOrEqualTo(50);
    }

    @Test
    void itNeverHoldsMoreThanTheBurst_howeverLongItIdles() {
        pacer.spent(5);
        clock.advance(Duration.ofMinutes(10));

        assertThat(pacer.available()).isEqualTo(20);
    }

    @Test
    void overspending_leavesNothing_notADebtBelowZero() {
        pacer.spent(50);
        clock.advance(Duration.ofSeconds(2));

        // 2 s at 34 a minute = 1.13: one, as if the bucket had been empty, not 30 in debt.
        assertThat(pacer.available()).isEqualTo(1);
    }
}
