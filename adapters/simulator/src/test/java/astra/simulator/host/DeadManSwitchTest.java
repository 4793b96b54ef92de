package astra.simulator.host;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.lifecycle.VirtualScheduler;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeadManSwitchTest {
    private final VirtualScheduler clock = new VirtualScheduler(0);
    private final List<String> cancelled = new ArrayList<>();
    private final DeadManSwitch hb = new DeadManSwitch(clock, 10_000, cancelled::add);

    @Test
    void silenceForTheTimeout_cancelsOnce_andANewBeatStartsAgain() {
        String first = hb.beat("alice", "").orElseThrow();
        clock.advanceTo(9_999);
        assertThat(cancelled).isEmpty();
        clock.advanceTo(10_000);
        assertThat(cancelled).containsExactly("alice");
        assertThat(hb.currentId("alice")).isEmpty();
        assertThat(hb.beat("alice", first)).isPresent();
    }

    @Test
    void eachBeatMustNameThePreviousId_andPushesTheDeadlineBack() {
        String first = hb.beat("alice", "").orElseThrow();
        clock.advanceTo(6_000);
        assertThat(hb.beat("alice", "stale")).isEmpty();
        String second = hb.beat("alice", first).orElseThrow();
        assertThat(second).isNotEqualTo(first);
        // The first beat's deadline (10 s) passes harmlessly; the second's is at 6 + 10 = 16 s.
        clock.advanceTo(15_999);
        assertThat(cancelled).isEmpty();
        clock.advanceTo(16_000);
        assertThat(cancelled).containsExactly("alice");
    }
}
