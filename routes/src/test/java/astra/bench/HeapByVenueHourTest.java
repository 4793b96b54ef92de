package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HeapByVenueHourTest {
    private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
    private long heap;

    @Test
    void readsTheHeapOncePerVenueHour_countedFromTheFirstStep() {
        HeapByVenueHour byHour = new HeapByVenueHour(() -> heap);
        for (long s = 0; s <= 3 * 3600; s += 10) {
            heap = 100_000_000 + s * 1_000;
            byHour.at(T0.plusSeconds(5 + s));
        }

        assertThat(byHour.readings()).extracting(HeapByVenueHour.Reading::venue)
                .containsExactly(Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(3));
        assertThat(byHour.readings()).extracting(HeapByVenueHour.Reading::bytes)
                .containsExactly(103_600_000L, 107_200_000L, 110_800_000L);
        assertThat(byHour.describe()).endsWith("1.0 h 103 MB; 2.0 h 107 MB; 3.0 h 110 MB; growth after the first hour"
                + " +3.6 MB per venue hour");
    }

    @Test
    void aStepThatCrossesSeveralHours_readsOnce_andTheNextReadingIsAtTheFollowingHour() {
        HeapByVenueHour byHour = new HeapByVenueHour(() -> heap);
        byHour.at(T0);
        byHour.at(T0.plus(Duration.ofMinutes(150)));
        byHour.at(T0.plus(Duration.ofMinutes(170)));
        byHour.at(T0.plus(Duration.ofMinutes(180)));

        assertThat(byHour.readings()).extracting(HeapByVenueHour.Reading::venue)
                .containsExactly(Duration.ofMinutes(150), Duration.ofMinutes(180));
    }

    @Test
    void whatWasCollectedBeforeTheFirstStep_isNotCounted() {
        HeapByVenueHour.LowestAfterCollection lowest = new HeapByVenueHour.LowestAfterCollection();
        HeapByVenueHour byHour = new HeapByVenueHour(lowest);
        lowest.collected(20_000_000); // start-up: a small heap
        byHour.at(T0);
        lowest.collected(150_000_000);
        lowest.collected(120_000_000);
        byHour.at(T0.plus(Duration.ofHours(1)));
        lowest.close();

        assertThat(byHour.readings()).extracting(HeapByVenueHour.Reading::bytes).containsExactly(120_000_000L);
    }

    @Test
    void theRunsLastStep_isReadAtTheEnd_unlessItWasJustRead() {
        HeapByVenueHour byHour = new HeapByVenueHour(() -> heap);
        byHour.at(T0);
        byHour.at(T0.plus(Duration.ofHours(1)));
        byHour.at(T0.plus(Duration.ofMinutes(119)));
        byHour.finish();
        byHour.finish();

        assertThat(byHour.readings()).extracting(HeapByVenueHour.Reading::venue)
                .containsExactly(Duration.ofHours(1), Duration.ofMinutes(119));
        assertThat(byHour.describe()).contains("1.0 h").contains("2.0 h");
    }

    @Test
    void aRunShorterThanAnHour_saysSo() {
        HeapByVenueHour byHour = new HeapByVenueHour(() -> heap);
        byHour.at(T0);
        byHour.at(T0.plus(Duration.ofMinutes(59)));

        assertThat(byHour.readings()).isEmpty();
        assertThat(byHour.describe()).contains("less than an hour");
    }

    @Test
    void theLowestAfterCollection_sinceTheLastRead_orTheLatestWhenNoneRan() {
        try (HeapByVenueHour.LowestAfterCollection lowest = new HeapByVenueHour.LowestAfterCollection()) {
            lowest.collected(300);
            lowest.collected(120);
            lowest.collected(250);
            assertThat(lowest.getAsLong()).isEqualTo(120);
            assertThat(lowest.getAsLong()).isEqualTo(250);
            lowest.collected(400);
            assertThat(lowest.getAsLong()).isEqualTo(400);
        }
    }

    @Test
    void theLowestAfterCollection_hearsTheJvmsCollections() {
        try (HeapByVenueHour.LowestAfterCollection lowest = new HeapByVenueHour.LowestAfterCollection()) {
            System.gc();
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            long read = 0;
            while (read == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
                read = lowest.getAsLong();
            }
            assertThat(read).isPositive().isLessThanOrEqualTo(Runtime.getRuntime().totalMemory());
        }
    }
}
