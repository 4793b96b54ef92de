package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LatencyBenchTest {
    private static final Instant T = Instant.parse("2026-11-28T02:00:00Z");
    private static final LongFunction<Instant> AT = nanos -> T.plusNanos(nanos);

    /** A move received at {@code receivedMicros}, its frame taken 2 µs later, out after {@code micros} from receipt. */
    private static EventToIntent.Reaction move(long receivedMicros, long micros, boolean ordered) {
        long received = receivedMicros * 1_000;
        return new EventToIntent.Reaction("m", received, received + 2_000, received + 5_000, received + micros * 1_000,
                ordered, Optional.empty());
    }

    /** A page allocated at {@code atMillis}, taking 100 µs, committing {@code committed} bytes. */
    private static VmStops.PageAllocation page(long atMillis, long committed) {
        return new VmStops.PageAllocation(new VmStops.Stop(T.plusMillis(atMillis), Duration.ofNanos(100_000), "page"),
                committed);
    }

    @Test
    void slowMoves_countsMovesOrderingOrNotOverTheGoalFromTheirReceipt_andThePagesAllocatedMeanwhile() {
        List<EventToIntent.Reaction> moves = List.of(
                move(0, 900, false), // before the measured minutes
                move(10_000, 40, true),
                move(20_000, 251, false), // over, meeting a page that committed memory
                move(30_000, 250, true), // at the goal: not over
                move(40_000, 700, true)); // over, meeting a page that committed nothing

        VmStops.PageAllocation committing = page(20, 1L << 21);
        VmStops.PageAllocation committingNothing = page(40, 0);
        String line = LatencyBench.slowMoves(moves, 10_000_000, AT, (from, to) ->
                Stream.of(committing, committingNothing).filter(p -> p.interval().overlaps(from, to)).toList());

        assertThat(line).isEqualTo("2 of 4, the slowest 700 µs; 2 of them overlapped a ZGC page allocation, 1 one that"
                + " committed memory to the heap");
    }
}
