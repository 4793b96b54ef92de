package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GcLogTest {
    private static final List<String> G1 = List.of(
            "[0.012s][info][gc] Using G1",
            "[1.503s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->7M(1024M) 4.123ms",
            "[1.503s][info][safepoint] Safepoint \"G1CollectForAllocation\", Time since last: 1000 ns, Reaching safepoint: 2000000 ns, Cleanup: 10000 ns, At safepoint: 4200000 ns, Total: 6210000 ns",
            "[3.100s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 300M->120M(1024M) 9.500ms",
            "[3.101s][info][gc] GC(2) Concurrent Mark Cycle",
            "[3.250s][info][gc] GC(2) Pause Remark 130M->128M(1024M) 1.250ms",
            "[3.250s][info][safepoint] Safepoint \"G1Concurrent\", Time since last: 1000 ns, Reaching safepoint: 100000 ns, Cleanup: 0 ns, At safepoint: 1300000 ns, Total: 1400000 ns",
            "[3.260s][info][safepoint] Safepoint \"ICBufferFull\", Time since last: 1000 ns, Reaching safepoint: 100000 ns, Cleanup: 0 ns, At safepoint: 900000000 ns, Total: 900100000 ns",
            "[9.000s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 1G->900M(1G) 250.000ms");

    private static final List<String> ZGC = List.of(
            "[0.128s][info][gc] Using The Z Garbage Collector",
            "[1.085s][info][gc,phases] GC(1) Pause Mark Start 0.009ms",
            "[1.085s][info][safepoint] Safepoint \"ZMarkStart\", Time since last: 183201831 ns, Reaching safepoint: 141891 ns, Cleanup: 43042 ns, At safepoint: 133603 ns, Total: 318536 ns",
            "[1.110s][info][gc,phases] GC(1) Concurrent Mark 24.731ms",
            "[1.110s][info][gc,phases] GC(1) Pause Mark End 0.016ms",
            "[1.110s][info][safepoint] Safepoint \"ZMarkEnd\", Time since last: 24825474 ns, Reaching safepoint: 128554 ns, Cleanup: 4299 ns, At safepoint: 66817 ns, Total: 199670 ns",
            "[1.116s][info][safepoint] Safepoint \"CleanClassLoaderDataMetaspaces\", Time since last: 5513256 ns, Reaching safepoint: 123385 ns, Cleanup: 84521 ns, At safepoint: 70464 ns, Total: 278370 ns",
            "[1.116s][info][gc,phases] GC(1) Pause Relocate Start 0.012ms",
            "[1.116s][info][safepoint] Safepoint \"ZRelocateStart\", Time since last: 80393 ns, Reaching safepoint: 155947 ns, Cleanup: 831 ns, At safepoint: 79402 ns, Total: 236180 ns",
            "[1.120s][info][gc          ] Allocation Stall (astra-decisions) 7.250ms",
            "[1.124s][info][gc,heap  ] GC(1)                Mark Start          Mark End        Relocate Start      Relocate End           High               Low         ",
            "[1.124s][info][gc,heap  ] GC(1)  Capacity:      256M (100%)        256M (100%)        256M (100%)        256M (100%)        300M (100%)        256M (100%)   ",
            "[1.124s][info][gc,heap  ] GC(1)      Free:      176M (69%)         170M (66%)         218M (85%)         226M (88%)         230M (90%)         168M (66%)    ",
            "[1.124s][info][gc,heap  ] GC(1)      Used:       80M (31%)          86M (34%)          38M (15%)          30M (12%)          88M (34%)          26M (10%)    ",
            "[1.124s][info][gc       ] GC(1) Garbage Collection (Warmup) 80M(31%)->30M(12%)");

    @Test
    void g1Pauses_areTheCollectorsSafepointsWholeWithTheWaitToReachThem_otherSafepointsAreNot() {
        List<GcLog.Pause> pauses = GcLog.pauses(G1);

        assertThat(pauses).extracting(GcLog.Pause::kind).containsExactly("G1CollectForAllocation", "G1Concurrent");
        // Total 6,210,000 ns = 6.21 ms, more than G1's own 4.123 ms: 2 ms went on reaching the safepoint
        assertThat(pauses.get(0).millis()).isEqualTo(6.21);
        assertThat(GcLog.collectorPauses(G1)).extracting(GcLog.Pause::millis).containsExactly(4.123, 9.5, 1.25, 250.0);
    }

    @Test
    void g1Heap_comesFromItsPauseLines() {
        GcLog.Heap heap = GcLog.heap(G1);

        // 1G before the full pause = 1,073,741,824; 900M after it = 943,718,400; 1G committed
        assertThat(heap.maxUsed()).isEqualTo(1L << 30);
        assertThat(heap.maxAfterGc()).isEqualTo(900L << 20);
        assertThat(heap.maxCommitted()).isEqualTo(1L << 30);
    }

    @Test
    void zgcPauses_areItsThreeSafepointsPerCycle_andAnAllocationStallCountsAsAPause() {
        GcLog.Summary s = GcLog.summarise(ZGC);

        assertThat(GcLog.pauses(ZGC)).extracting(GcLog.Pause::kind).containsExactly("ZMarkStart", "ZMarkEnd",
                "ZRelocateStart", "Allocation Stall (astra-decisions)");
        assertThat(s.stalls()).isEqualTo(1);
        // sorted ms: 0.19967, 0.23618, 0.318536, 7.25 -> median (0.23618 + 0.318536) / 2 = 0.277358; p99 rank 4 -> 7.25
        assertThat(s.millis().median()).isCloseTo(0.277358, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(s.millis().p99()).isEqualTo(7.25);
        assertThat(s.collectorMillis().max()).isEqualTo(0.016);
    }

    @Test
    void zgcHeap_isTheHighColumnOfItsTable_andTheCycleLinesAfterSize() {
        GcLog.Heap heap = GcLog.heap(ZGC);

        // Used High 88M (more than the 80M at mark start); after the cycle 30M; Capacity High 300M
        assertThat(heap.maxUsed()).isEqualTo(88L << 20);
        assertThat(heap.maxAfterGc()).isEqualTo(30L << 20);
        assertThat(heap.maxCommitted()).isEqualTo(300L << 20);
    }

    @Test
    void within_keepsTheLinesOfAnUptimeWindow_bothEndsIncluded() {
        List<String> trading = GcLog.within(ZGC, 1_085, 1_116);

        assertThat(GcLog.pauses(trading)).extracting(GcLog.Pause::kind)
                .containsExactly("ZMarkStart", "ZMarkEnd", "ZRelocateStart");
        assertThat(GcLog.pauses(GcLog.within(ZGC, 1_086, 1_200))).extracting(GcLog.Pause::kind)
                .containsExactly("ZMarkEnd", "ZRelocateStart", "Allocation Stall (astra-decisions)");
        assertThat(GcLog.within(ZGC, 0, 100)).isEmpty();
    }

    @Test
    void aWindowWithoutPauses_readsAsNoPause_notAsALogTooShortToJudge() {
        GcLog.Summary quiet = GcLog.summariseWindow(GcLog.within(ZGC, 1_111, 1_115));

        assertThat(quiet.pauses()).isZero();
        assertThat(quiet.millis().p99()).isZero();
        assertThat(GcLog.summariseWindow(GcLog.within(ZGC, 1_085, 1_116)).pauses()).isEqualTo(3);
    }

    @Test
    void aLogWithoutPauses_cannotBeJudged() {
        assertThatThrownBy(() -> GcLog.summarise(List.of("[0.012s][info][gc] Using G1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no pause");
    }

    @Test
    void sessionLine_namesItsMarketCount() {
        assertThat(ScaleBench.markets("paper bench: simulator on http://127.0.0.1:1234 (scenario x, seed 42), 1000 markets,"
                + " rules abc")).isEqualTo(1000);
        assertThat(ScaleBench.markets("something else")).isZero();
    }

    @Test
    void tradingWindow_comesFromTheSessionsUptimeLines() {
        List<String> log = List.of("17:47:47.461 INFO  a.r.TradingSession - trading from JVM uptime 11734 ms",
                "paper bench: ...", "17:48:47.470 INFO  a.r.TradingSession - trading stops at JVM uptime 71741 ms");

        assertThat(ScaleBench.tradingWindow(log)).contains(new long[] {11_734, 71_741});
        assertThat(ScaleBench.tradingWindow(log.subList(0, 2))).isEmpty();
    }
}
