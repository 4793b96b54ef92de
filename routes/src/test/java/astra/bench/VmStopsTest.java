package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VmStopsTest {
    private static final Instant T = Instant.parse("2026-11-27T18:00:00Z");

    @Test
    void aStopOverlapsAnIntervalItSharesAnyTimeWith() {
        VmStops.Stop stop = new VmStops.Stop(T, Duration.ofMillis(2), "GC pause Pause Mark End");

        assertThat(stop.overlaps(T.plusMillis(1), T.plusMillis(5))).isTrue();
        assertThat(stop.overlaps(T.minusMillis(5), T.plusNanos(1))).isTrue();
        assertThat(stop.overlaps(T.plusMillis(2), T.plusMillis(5))).as("ends as the interval begins").isFalse();
        assertThat(stop.overlaps(T.minusMillis(5), T)).as("begins as the interval ends").isFalse();
    }

    @Test
    void describe_namesEachStopWithItsLengthAndStartFromTheInterval() {
        List<VmStops.Stop> stops = List.of(new VmStops.Stop(T.plusNanos(1_500_000), Duration.ofNanos(1_250_000),
                "reaching a safepoint"), new VmStops.Stop(T.minusNanos(20_000), Duration.ofNanos(40_000), "GC pause X"));

        assertThat(VmStops.describe(stops, T)).isEqualTo(
                "reaching a safepoint 1,250 µs from +1,500 µs; GC pause X 40 µs from -20 µs");
        assertThat(VmStops.describe(List.of(), T)).isEqualTo("none");
    }

    @Test
    void share_countsTimeCoveredByOverlappingPhasesOnce_andOnlyInsideTheInterval() {
        List<VmStops.Stop> phases = List.of(
                new VmStops.Stop(T.minusMillis(10), Duration.ofMillis(20), "Concurrent Mark"),
                new VmStops.Stop(T.plusMillis(5), Duration.ofMillis(10), "Concurrent Mark Continue"),
                new VmStops.Stop(T.plusMillis(50), Duration.ofMillis(100), "Concurrent Relocate"));

        // [0, 15) from the first two (overlapping), [50, 100) from the third: 65 of 100 ms
        assertThat(VmStops.share(phases, T, T.plusMillis(100))).isCloseTo(0.65, within(1e-9));
        assertThat(VmStops.share(List.of(), T, T.plusMillis(100))).isZero();
    }

    @Test
    void summary_countsThePageAllocationsThatCommittedMemory_andTheSlowest() {
        List<VmStops.PageAllocation> pages = List.of(
                new VmStops.PageAllocation(new VmStops.Stop(T, Duration.ofNanos(12_000), "page"), 0),
                new VmStops.PageAllocation(new VmStops.Stop(T, Duration.ofNanos(7_422_000), "page"), 4L << 20),
                new VmStops.PageAllocation(new VmStops.Stop(T, Duration.ofNanos(150_000), "page"), 2L << 20));

        assertThat(VmStops.summary(pages)).isEqualTo("3 ZGC page allocations, 2 of them committing 6 MiB to the"
                + " heap; the slowest 7,422 µs, 2 of 100 µs or more");
        assertThat(VmStops.summary(List.of())).isEqualTo("0 ZGC page allocations, 0 of them committing 0 MiB to the"
                + " heap; the slowest 0 µs, 0 of 100 µs or more");
    }
}
