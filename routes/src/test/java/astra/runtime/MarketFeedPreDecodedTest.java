package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.TokenId;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The backtest's pre-decoded path gives the books the frame path gives, and the probe sees the feed's moments. */
class MarketFeedPreDecodedTest {
    private static final String YES = MarketFeedRecoveryTest.YES;
    private static final String NO = MarketFeedRecoveryTest.NO;
    private static final List<String> FRAMES = List.of(
            MarketFeedRecoveryTest.book(YES), MarketFeedRecoveryTest.book(NO),
            "{\"market\":\"0xc0\",\"price_changes\":[{\"asset_id\":\"" + YES + "\",\"price\":\"0.45\",\"size\":\"7\","
                    + "\"side\":\"BUY\",\"hash\":\"h1\",\"best_bid\":\"0.45\",\"best_ask\":\"0.6\"}],"
                    + "\"timestamp\":\"1795003200100\",\"event_type\":\"price_change\"}",
            "{\"market\":\"0xc0\",\"price_changes\":[{\"asset_id\":\"" + YES + "\",\"price\":\"0.6\",\"size\":\"0\","
                    + "\"side\":\"SELL\",\"hash\":\"h2\",\"best_bid\":\"0.45\",\"best_ask\":\"0.61\"}],"
                    + "\"timestamp\":\"1795003200200\",\"event_type\":\"price_change\"}");

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T12:00:00Z"));

    private MarketFeed feed() {
        return new MarketFeed(clock, new MarketUniverse(List.of(MarketFeedRecoveryTest.market())), new FeedHealth(clock), assets -> { },
                Duration.ofSeconds(5));
    }

    @Test
    void preDecodedEvents_leaveTheBooksTheFramesLeave() {
        MarketFeed frames = feed();
        MarketFeed events = feed();
        MarketChannelDecoder decoder = new MarketChannelDecoder();
        for (String frame : FRAMES) {
            frames.onFrame(frame);
            events.onMessages(decoder.decode(frame));
        }

        // YES: bids 0.45 × 7 (added) over 0.40 × 10; the ask at 0.60 removed (size 0): no asks
        MarketSnapshot a = frames.snapshot();
        MarketSnapshot b = events.snapshot();
        assertThat(b.book(new TokenId(YES)).orElseThrow().bids()).isEqualTo(a.book(new TokenId(YES)).orElseThrow().bids())
                .hasSize(2);
        assertThat(b.book(new TokenId(YES)).orElseThrow().asks()).isEmpty();
        assertThat(b.facts()).isEqualTo(a.facts());
    }

    @Test
    void anUndecodableMessage_isRefusedOnThePreDecodedPathToo() {
        MarketFeed events = feed();

        assertThatThrownBy(() -> events.onMessages(new MarketChannelDecoder().decode("{\"event_type\":\"book\"")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("undecodable market frame");
    }

    @Test
    void theProbe_seesEachFrameBeforeTheSnapshotThatHoldsIt() {
        MarketFeed feed = feed();
        List<String> seen = new ArrayList<>();
        feed.probe(new LatencyProbe() {
            @Override
            public void frameIn(String frame, long nanos) {
                seen.add("frame");
            }

            @Override
            public void snapshotTaken(MarketSnapshot snapshot, long nanos) {
                seen.add("snapshot");
            }
        });

        feed.onFrame(FRAMES.get(0));
        feed.onFrame(FRAMES.get(1));
        feed.snapshot();

        assertThat(seen).containsExactly("frame", "frame", "snapshot");
    }
}
