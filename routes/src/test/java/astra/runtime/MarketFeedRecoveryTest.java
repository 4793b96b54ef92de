package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

public class MarketFeedRecoveryTest {
    public static final String YES = "1001";
    public static final String NO = "1002";

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final FeedHealth health = new FeedHealth(clock);
    private final List<Set<String>> requests = new ArrayList<>();
    private final MarketFeed feed = new MarketFeed(clock, new MarketUniverse(List.of(market())), health,
            requests::add, Duration.ofSeconds(5));

    /** One market on tokens YES and NO, condition 0xc0, tick 0.01 (shared with the other feed tests). */
    public static Market market() {
        return new Market(new ConditionId("0xc0"), new TokenId(YES), new TokenId(NO), false, Optional.empty(),
                TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2,
                MarketClocks.closingAt(Instant.parse("2026-12-31T00:00:00Z")));
    }

    /** A book frame: 0.40 × 10 bid, 0.60 × 10 ask. */
    public static String book(String asset) {
        return "{\"event_type\":\"book\",\"asset_id\":\"" + asset + "\",\"market\":\"0xc0\","
                + "\"bids\":[{\"price\":\"0.40\",\"size\":\"10\"}],\"asks\":[{\"price\":\"0.60\",\"size\":\"10\"}],"
                + "\"timestamp\":\"1795003200000\",\"hash\":\"h\"}";
    }

    private void snapshots() {
        feed.onFrame(book(YES));
        feed.onFrame(book(NO));
    }

    @Test
    void bookFrames_takeTheHotPath_andCountAsMarketData() {
        clock.advance(Duration.ofSeconds(3));
        snapshots();
        assertThat(feed.fastFrames()).isEqualTo(2);
        assertThat(health.marketDataAge()).isEqualTo(Duration.ZERO);
        assertThat(feed.snapshot().book(new TokenId(YES)).orElseThrow().bestAsk().orElseThrow().price())
                .isEqualTo(astra.domain.Price.parse("0.60"));
    }

    @Test
    void aDroppedConnection_invalidatesItsBooksUntilTheirNextSnapshot() {
        snapshots();
        assertThat(feed.snapshot().book(new TokenId(YES)).orElseThrow().bestBid()).isPresent();

        feed.onDrop(new FeedDropped(Set.of(YES)));

        assertThat(feed.booksInvalidated()).isEqualTo(1);
        assertThat(feed.snapshot().book(new TokenId(YES)).orElseThrow().bids()).isEmpty();
        assertThat(feed.snapshot().book(new TokenId(NO)).orElseThrow().bids()).isNotEmpty();
        feed.onFrame(book(YES));
        assertThat(feed.snapshot().book(new TokenId(YES)).orElseThrow().bestBid()).isPresent();
    }

    @Test
    void booksAwaitingASnapshotTooLong_getFreshSnapshotsAskedFor_onceAPeriod() {
        snapshots();
        feed.onDrop(new FeedDropped(Set.of(YES)));
        feed.snapshot();
        clock.advance(Duration.ofSeconds(3));
        feed.onFrame(book(NO)); // the channel itself is alive
        feed.snapshot();
        assertThat(requests).isEmpty();

        clock.advance(Duration.ofSeconds(3));
        feed.onFrame(book(NO));
        feed.snapshot();
        assertThat(requests).containsExactly(Set.of(YES));

        clock.advance(Duration.ofSeconds(1));
        feed.onFrame(book(NO));
        feed.snapshot();
        assertThat(requests).hasSize(1);
    }

    @Test
    void aSilentChannel_getsEveryBookResnapshotted_butAQuietMarketAloneDoesNot() {
        snapshots();
        clock.advance(Duration.ofSeconds(4));
        feed.snapshot();
        assertThat(requests).isEmpty();

        clock.advance(Duration.ofSeconds(2));
        feed.snapshot();
        assertThat(requests).containsExactly(Set.of(YES, NO));
    }
}
