package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.ports.RunRecords;
import astra.report.MarkSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkTapeWriterTest {
    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");
    private static final TokenId YES = new TokenId("1001");
    /** Long enough that only explicit flushes and close write in these tests. */
    private static final Duration NEVER = Duration.ofHours(1);

    /** Run records that keep the batches they were given, and refuse the next {@code failures} batches. */
    private static final class Batches implements RunRecords {
        final List<List<MarkSnapshot>> stored = new ArrayList<>();
        int failures;

        @Override
        public void recordMarks(String runId, List<MarkSnapshot> marks) {
            if (failures > 0) {
                failures--;
                throw new IllegalStateException("database away");
            }
            stored.add(List.copyOf(marks));
        }

        @Override
        public void recordRunStart(Run run, List<RunMarket> markets) {}

        @Override
        public void recordRunEnd(String runId, Instant end, long quotesSent) {}

        @Override
        public void recordReferenceMarks(String runId, List<ReferenceMark> marks) {}

        @Override
        public Optional<Run> run(String runId) {
            return Optional.empty();
        }

        @Override
        public List<Run> runs() {
            return List.of();
        }

        @Override
        public List<RunMarket> runMarkets(String runId) {
            return List.of();
        }

        @Override
        public List<MarkSnapshot> marks(String runId) {
            return List.of();
        }

        @Override
        public List<ReferenceMark> referenceMarks(String runId) {
            return List.of();
        }
    }

    private static MarkSnapshot point(int second) {
        return new MarkSnapshot(T0.plusSeconds(second), Map.of(YES, new Price(400_000 + second)));
    }

    @Test
    void tapeRecording_queuesEachPoint_andAFlushStoresThemAsOneBatch() throws Exception {
        Batches records = new Batches();
        MarkTape tape = new MarkTape();
        try (MarkTapeWriter writer = new MarkTapeWriter(records, "run", NEVER)) {
            tape.onRecord(writer);
            tape.record(T0, point(0).mids());
            tape.record(T0.plusMillis(400), point(0).mids()); // within the tape's 1 s spacing: not a point
            tape.record(T0.plusSeconds(1), point(1).mids());

            assertThat(records.stored).as("nothing written on the recording thread").isEmpty();
            writer.flush();

            assertThat(records.stored).containsExactly(List.of(point(0), point(1)));
        }
    }

    @Test
    void aRefusedBatch_isKeptAndStoredWithTheNextOne_inOrder() throws Exception {
        Batches records = new Batches();
        records.failures = 1;
        MarkTapeWriter writer = new MarkTapeWriter(records, "run", NEVER);
        writer.accept(point(0));

        assertThatThrownBy(writer::flush).hasMessageContaining("database away");
        writer.accept(point(1));
        writer.close();

        assertThat(records.stored).containsExactly(List.of(point(0), point(1)));
    }

    @Test
    void close_storesWhatIsLeft() throws Exception {
        Batches records = new Batches();
        MarkTapeWriter writer = new MarkTapeWriter(records, "run", NEVER);
        writer.accept(point(3));

        writer.close();

        assertThat(records.stored).containsExactly(List.of(point(3)));
    }
}
