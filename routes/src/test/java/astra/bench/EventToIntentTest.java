package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventToIntentTest {
    /** Frames named by their events' markets, so the test needs no venue JSON. */
    private static final Map<String, List<String>> MARKETS = Map.of(
            "f1", List.of("A"), "f2", List.of("A", "B"), "f3", List.of("C"));

    @Test
    void everyEventIsTimedToItsFirstCycle_andKeptApartWhenThatCycleOrderedInItsMarket() {
        // cycle 1: f1 taken at 1,000 ns, f2 at 101,000; snapshot at 201,000; orders in A out at 5,201,000
        // cycle 2: f3 taken at 6,000,000; snapshot at 6,100,000; no order, out at 6,300,000
        List<EventToIntent.Cycle> cycles = List.of(
                new EventToIntent.Cycle(List.of(new EventToIntent.In("f1", 1_000), new EventToIntent.In("f2", 101_000)),
                        201_000, Set.of("A"), 5_201_000),
                new EventToIntent.Cycle(List.of(new EventToIntent.In("f3", 6_000_000)), 6_100_000, Set.of(), 6_300_000));

        EventToIntent.Latencies l = EventToIntent.of(cycles, MARKETS::get, 0);

        // to a decision: f1's A 5,200 µs, f2's A and B 5,100 µs each, f3's C 300 µs
        assertThat(l.eventToDecision().getTotalCount()).isEqualTo(4);
        assertThat(l.eventToDecision().getMinValue()).isEqualTo(300);
        assertThat(l.eventToDecision().getMaxValue()).isBetween(5_199L, 5_203L);
        // to an intent: only f1's A and f2's A (the cycle ordered in A)
        assertThat(l.eventToIntent().getTotalCount()).isEqualTo(2);
        assertThat(l.eventToIntent().getMinValue()).isBetween(5_099L, 5_101L);
        // tick waits: 200 µs (f1), 100 µs (f2's two events), 100 µs (f3)
        assertThat(l.tickWait().getMaxValue()).isEqualTo(200);
        assertThat(l.tickWait().getMinValue()).isEqualTo(100);
        // cycles alone: 5,000 µs and 200 µs
        assertThat(l.cycleAlone().getTotalCount()).isEqualTo(2);
        assertThat(l.cycles()).isEqualTo(2);
    }

    @Test
    void cyclesInTheWarmup_areLeftOut() {
        // the second cycle's snapshot is 5,900,000 ns after the first's: a 1 ms warmup keeps it, 6 ms drops it
        List<EventToIntent.Cycle> cycles = List.of(
                new EventToIntent.Cycle(List.of(new EventToIntent.In("f1", 1_000)), 200_000, Set.of(), 300_000),
                new EventToIntent.Cycle(List.of(new EventToIntent.In("f3", 6_000_000)), 6_100_000, Set.of(), 6_300_000));

        assertThat(EventToIntent.of(cycles, MARKETS::get, 1_000_000).cycles()).isEqualTo(1);
        assertThat(EventToIntent.of(cycles, MARKETS::get, 1_000_000).eventToDecision().getMaxValue()).isEqualTo(300);
        assertThat(EventToIntent.of(cycles, MARKETS::get, 6_000_000).cycles()).isZero();
    }

    @Test
    void bookMoves_areTimedFromTheirFrameToTheirCommands_andTheOnesThatOrderedAreKeptApart() {
        // A: frame at 1,000 ns, out at 31,000 (30 µs), ordered; B: 2,000 -> 12,000 (10 µs), no order;
        // C: 500 ns, before the 900 ns start, left out
        List<EventToIntent.Reaction> reactions = List.of(new EventToIntent.Reaction("A", 1_000, 31_000, true),
                new EventToIntent.Reaction("B", 2_000, 12_000, false), new EventToIntent.Reaction("C", 500, 900_500, true));

        EventToIntent.Reactions r = EventToIntent.of(reactions, 900);

        assertThat(r.toDecision().getTotalCount()).isEqualTo(2);
        assertThat(r.toDecision().getMinValue()).isEqualTo(10);
        assertThat(r.toIntent().getTotalCount()).isEqualTo(1);
        assertThat(r.toIntent().getMaxValue()).isEqualTo(30);
    }

    @Test
    void anIntent_isSplitAtItsDecidingBegun() {
        // A: frame at 1,000 ns, deciding from 11,000, out at 41,000: 10 µs before, 30 µs deciding
        List<EventToIntent.Reaction> reactions = List.of(new EventToIntent.Reaction("A", 1_000, 1_000, 11_000, 41_000,
                true, Optional.empty()), new EventToIntent.Reaction("B", 1_000, 1_000, 501_000, 502_000, false,
                Optional.empty()));

        EventToIntent.Reactions r = EventToIntent.of(reactions, 0);

        assertThat(r.intentBeforeDeciding().getTotalCount()).as("only the move that ordered").isEqualTo(1);
        assertThat(r.intentBeforeDeciding().getMaxValue()).isEqualTo(10);
        assertThat(r.intentDeciding().getMaxValue()).isEqualTo(30);
    }

    @Test
    void slowestIntents_areTheMovesThatOrdered_slowestFirst_afterTheStart() {
        List<EventToIntent.Reaction> reactions = List.of(new EventToIntent.Reaction("A", 1_000, 31_000, true),
                new EventToIntent.Reaction("B", 2_000, 902_000, false),
                new EventToIntent.Reaction("C", 500, 900_500, true),
                new EventToIntent.Reaction("D", 3_000, 93_000, true),
                new EventToIntent.Reaction("E", 4_000, 14_000, true));

        List<EventToIntent.Reaction> slowest = EventToIntent.slowestIntents(reactions, 900, 2);

        // B took longest but sent no order; C is slow but came before the start
        assertThat(slowest).extracting(EventToIntent.Reaction::market).containsExactly("D", "A");
        assertThat(EventToIntent.slowestIntents(reactions, 900, 10)).hasSize(3);
    }

    @Test
    void anIntentFromItsFrameReceived_includesTheFramesWaitInTheFeedThreadsQueue() {
        // received at 1,000 ns, taken at 21,000 (20 µs queued), out at 51,000
        List<EventToIntent.Reaction> reactions = List.of(new EventToIntent.Reaction("A", 1_000, 21_000, 25_000, 51_000,
                true, Optional.empty()));

        EventToIntent.Reactions r = EventToIntent.of(reactions, 0);

        assertThat(r.toIntent().getMaxValue()).as("from the frame taken").isEqualTo(30);
        assertThat(r.intentFromSocket().getMaxValue()).isEqualTo(50);
        assertThat(r.intentQueued().getMaxValue()).isEqualTo(20);
    }

    @Test
    void aFrameIsMatchedToItsReceiptByIdentity_andOneNeverSeenReceivedCountsFromItsTaking() {
        EventToIntent probe = new EventToIntent(false);
        String frame = new String("[{\"event_type\":\"price_change\"}]");
        String equalText = new String(frame);
        probe.frameReceived(frame, 1_000);

        probe.frameIn(equalText, 5_000); // equal text, another object: not the received one
        probe.frameIn(frame, 9_000);

        assertThat(probe.receivedOfLastFrame()).isEqualTo(1_000);
        probe.frameIn(frame, 12_000); // taken again without a new receipt
        assertThat(probe.receivedOfLastFrame()).isEqualTo(12_000);
    }

    @Test
    void queueWaits_countTheFramesAheadAtReceipt_andKeepTheWaitOfThoseThatFoundNoneApart() {
        EventToIntent probe = new EventToIntent(false);
        String first = new String("f1");
        String second = new String("f2");
        probe.frameReceived(first, 1_000);
        probe.frameReceived(second, 2_000); // f1 still waiting: one ahead
        probe.frameIn(first, 11_000);
        probe.frameIn(second, 32_000);

        EventToIntent.QueueWaits w = EventToIntent.queueWaits(probe.queued(), 0);

        assertThat(w.waited().getTotalCount()).isEqualTo(2);
        assertThat(w.waited().getMaxValue()).isEqualTo(30);
        assertThat(w.ahead().getMaxValue()).isEqualTo(1);
        assertThat(w.waitedAlone().getTotalCount()).isEqualTo(1);
        assertThat(w.waitedAlone().getMaxValue()).isEqualTo(10);
        // f2 was waiting when f1 was taken: f1 held the feed thread from 11,000 to 32,000 ns
        assertThat(w.perFrameBackToBack().getTotalCount()).isEqualTo(1);
        assertThat(w.perFrameBackToBack().getMaxValue()).isEqualTo(21);
        assertThat(EventToIntent.queueWaits(probe.queued(), 1_500).waited().getTotalCount())
                .as("received after the start").isEqualTo(1);
    }

    @Test
    void fromPublish_matchesEachReceivedFrameToTheEarliestUnmatchedPublishingOfItsText() {
        // "x" published twice (1,000 and 25,000 ns), "y" once (5,000); received x, y, x
        List<EventToIntent.Queued> frames = List.of(new EventToIntent.Queued("x", 10_000, 11_000, 0),
                new EventToIntent.Queued("y", 20_000, 21_000, 0), new EventToIntent.Queued("x", 30_000, 31_000, 0),
                new EventToIntent.Queued("z", 50_000, 51_000, 0));
        List<EventToIntent.Published> published = List.of(new EventToIntent.Published("x", 1_000),
                new EventToIntent.Published("y", 5_000), new EventToIntent.Published("x", 25_000));
        // intents of the second "x" (out at 40,000), of "y" (out at 22,000), of "z" (never published:
        // a frame the tap did not see) and a move of "x" that ordered nothing
        List<EventToIntent.Reaction> reactions = List.of(
                new EventToIntent.Reaction("A", 30_000, 31_000, 31_000, 40_000, true, Optional.empty()),
                new EventToIntent.Reaction("B", 20_000, 21_000, 21_000, 22_000, true, Optional.empty()),
                new EventToIntent.Reaction("C", 50_000, 51_000, 51_000, 52_000, true, Optional.empty()),
                new EventToIntent.Reaction("D", 10_000, 11_000, 11_000, 90_000, false, Optional.empty()));

        EventToIntent.FromPublish p = EventToIntent.fromPublish(reactions, frames, published, 0);

        assertThat(p.fromPublish().getTotalCount()).isEqualTo(2);
        assertThat(p.fromPublish().getMinValue()).as("the second x: 25,000 -> 40,000 ns, not from 1,000")
                .isEqualTo(15);
        assertThat(p.fromPublish().getMaxValue()).as("y: 5,000 -> 22,000 ns").isEqualTo(17);
        assertThat(p.transport().getMinValue()).as("x: published 25,000, received 30,000").isEqualTo(5);
        assertThat(p.transport().getMaxValue()).as("y: published 5,000, received 20,000").isEqualTo(15);
        assertThat(p.unmatched()).isEqualTo(1);
        // every matched frame: x 9 µs, y 15 µs, x 5 µs; y was published (5,000) before x was received
        // (10,000), so it had a frame ahead of it on the way; the second x (25,000) after y's receipt
        assertThat(p.everyFrame().getTotalCount()).isEqualTo(3);
        assertThat(p.nothingAhead().getTotalCount()).isEqualTo(2);
        assertThat(p.nothingAhead().getMaxValue()).isEqualTo(9);
    }

    @Test
    void micros_roundUpAndNeverReachZero() {
        assertThat(EventToIntent.micros(1)).isEqualTo(1);
        assertThat(EventToIntent.micros(1_000)).isEqualTo(1);
        assertThat(EventToIntent.micros(1_001)).isEqualTo(2);
        assertThat(EventToIntent.micros(0)).isEqualTo(1);
        assertThatThrownBy(() -> EventToIntent.micros(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
