package astra.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PhaseTimesTest {

    @Test
    void eachPhaseIsTheSumOfItsParts_andEveryPartBelongsToOnePhase() {
        PhaseTimes t = new PhaseTimes();
        t.add(Part.CYCLE, 1_000);
        t.add(Part.BOOK_MOVES, 200);
        t.add(Part.HEARTBEAT, 30);
        t.add(Part.CYCLE_ORDERS, 400);
        t.add(Part.RECONCILE, 5);
        t.add(Part.MARKET_FEED, 70);
        t.add(Part.USER_FEED, 9);
        t.add(Part.CYCLE, 1_000);

        assertThat(t.nanos(Phase.DECIDE)).isEqualTo(2_230);
        assertThat(t.nanos(Phase.EXECUTE)).isEqualTo(405);
        assertThat(t.nanos(Phase.FEEDS)).isEqualTo(79);
        assertThat(t.nanos(Phase.VENUE)).isZero();
        assertThat(t.nanos(Part.CYCLE)).isEqualTo(2_000);
        assertThat(t.snapshot()).containsEntry(Phase.DECIDE, Duration.ofNanos(2_230));
        assertThat(t.parts()).hasSize(Part.values().length).containsEntry(Part.USER_FEED, Duration.ofNanos(9));
        assertThat(t.parts().values().stream().mapToLong(Duration::toNanos).sum())
                .isEqualTo(t.snapshot().values().stream().mapToLong(Duration::toNanos).sum());
    }
}
