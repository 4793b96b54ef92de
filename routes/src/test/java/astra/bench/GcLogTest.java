package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {
    private static final List<String> LOG = List.of(
            "[0.012s][info][gc] Using G1",
            "[1.503s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->7M(1024M) 4.123ms",
            "[3.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(1024M) 9.500ms",
            "[3.101s][info][gc] GC(2) Concurrent Mark Cycle",
            "[3.250s][info][gc] GC(2) Pause Remark 130M->128M(1024M) 1.250ms",
            "[3.300s][info][gc] GC(2) Pause Cleanup 128M->128M(1024M) 0.050ms",
            "[3.310s][info][gc] GC(2) Concurrent Mark Cycle 209.123ms",
            "[9.000s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 1G->900M(1G) 250.000ms");

    @Test
    void pausesAreTheStopTheWorldLines_concurrentPhasesAreNot() {
        List<GcLog.Pause> pauses = GcLog.pauses(LOG);

        assertThat(pauses).extracting(GcLog.Pause::kind).containsExactly(
                "Pause Young (Normal) (G1 Evacuation Pause)", "Pause Young (Concurrent Start) (G1 Humongous Allocation)",
                "Pause Remark", "Pause Cleanup", "Pause Full (G1 Compaction Pause)");
        // 51M = 51 × 2^20 = 53,477,376 bytes; 7M = 7,340,032
        assertThat(pauses.get(0).beforeBytes()).isEqualTo(53_477_376L);
        assertThat(pauses.get(0).afterBytes()).isEqualTo(7_340_032L);
        assertThat(pauses.get(0).millis()).isEqualTo(4.123);
    }

    @Test
    void summary_takesTheLargestHeapsAndTheNearestRankPercentiles() {
        GcLog.Summary s = GcLog.summarise(GcLog.pauses(LOG));

        assertThat(s.pauses()).isEqualTo(5);
        // 1G before the full pause = 1,073,741,824; 900M after it = 943,718,400; 1G committed
        assertThat(s.maxBefore()).isEqualTo(1L << 30);
        assertThat(s.maxAfter()).isEqualTo(900L << 20);
        assertThat(s.maxCommitted()).isEqualTo(1L << 30);
        // sorted ms: 0.05, 1.25, 4.123, 9.5, 250 -> median 4.123; p99 rank ceil(4.95) = 5 -> 250
        assertThat(s.millis().median()).isEqualTo(4.123);
        assertThat(s.millis().p99()).isEqualTo(250.0);
    }

    @Test
    void aLogWithoutPauses_cannotBeJudged() {
        assertThatThrownBy(() -> GcLog.summarise(GcLog.pauses(List.of("[0.012s][info][gc] Using G1"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pause");
    }

    @Test
    void sessionLine_namesItsMarketCount() {
        assertThat(ScaleBench.markets("paper bench: simulator on http://127.0.0.1:1234 (scenario x, seed 42), 1000 markets,"
                + " rules abc")).isEqualTo(1000);
        assertThat(ScaleBench.markets("something else")).isZero();
    }
}
