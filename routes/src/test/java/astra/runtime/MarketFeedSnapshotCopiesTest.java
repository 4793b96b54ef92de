package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The decision snapshots copy a book's levels only when the book changed: an unchanged book's
 * levels are shared with the last tick's copy, yet every copy carries its own tick's time, and a
 * change is seen at the very next tick. The last trades are copied only when a price changed,
 * and no snapshot's maps can be changed by whoever reads them.
 */
class MarketFeedSnapshotCopiesTest {
    private static final TokenId YES = new TokenId(MarketFeedRecoveryTest.YES);
    private static final TokenId NO = new TokenId(MarketFeedRecoveryTest.NO);

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final MarketFeed feed = new MarketFeed(clock, new MarketUniverse(List.of(MarketFeedRecoveryTest.market())),
            new FeedHealth(clock), assets -> { }, Duration.ofSeconds(5));

    private static BookLevel level(String price, String size) {
        return new BookLevel(Price.parse(price), Shares.parse(size));
    }

    @Test
    void unchangedBook_sharesItsLevelsButIsStampedWithEachTick() {
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.NO));
        Book first = feed.snapshot().book(YES).orElseThrow();
        clock.advance(Duration.ofMillis(250));

        Book second = feed.snapshot().book(YES).orElseThrow();

        assertThat(second.bids()).isSameAs(first.bids());
        assertThat(second.asks()).isSameAs(first.asks());
        assertThat(first.asOf()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
        assertThat(second.asOf()).isEqualTo(Instant.parse("2026-11-26T12:00:00.250Z"));
    }

    @Test
    void levelChange_isInTheNextTicksCopy_andTheOtherBookIsStillShared() {
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.NO));
        MarketSnapshot before = feed.snapshot();

        feed.onFrame("{\"market\":\"0xc0\",\"price_changes\":[{\"asset_id\":\"" + MarketFeedRecoveryTest.YES
                + "\",\"price\":\"0.45\",\"size\":\"7\",\"side\":\"BUY\",\"hash\":\"h1\",\"best_bid\":\"0.45\","
                + "\"best_ask\":\"0.6\"}],\"timestamp\":\"1795003200100\",\"event_type\":\"price_change\"}");
        MarketSnapshot after = feed.snapshot();

        // YES: the new 0.45 × 7 bid above the snapshot's 0.40 × 10; the ask 0.60 × 10 untouched
        assertThat(after.book(YES).orElseThrow().bids()).containsExactly(level("0.45", "7"), level("0.40", "10"));
        assertThat(after.book(YES).orElseThrow().asks()).containsExactly(level("0.60", "10"));
        assertThat(before.book(YES).orElseThrow().bids()).containsExactly(level("0.40", "10"));
        assertThat(after.book(NO).orElseThrow().bids()).isSameAs(before.book(NO).orElseThrow().bids());
    }

    @Test
    void lastTrades_areSharedUntilATradeChangesAPrice_andAnEarlierSnapshotKeepsItsOwn() {
        feed.onFrame(trade("0.52"));
        MarketSnapshot first = feed.snapshot();
        MarketSnapshot second = feed.snapshot();
        feed.onFrame(trade("0.52"));
        MarketSnapshot sameTradeAgain = feed.snapshot();

        feed.onFrame(trade("0.55"));
        MarketSnapshot moved = feed.snapshot();

        assertThat(second.lastTrades()).isSameAs(first.lastTrades());
        assertThat(sameTradeAgain.lastTrades()).isSameAs(first.lastTrades());
        assertThat(moved.lastTrade(YES)).contains(Price.parse("0.55"));
        assertThat(first.lastTrade(YES)).contains(Price.parse("0.52"));
    }

    @Test
    void snapshotMaps_cannotBeChanged() {
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.NO));
        feed.onFrame(trade("0.52"));
        MarketSnapshot snapshot = feed.snapshot();
        Book no = snapshot.book(NO).orElseThrow();

        assertThatThrownBy(() -> snapshot.books().put(YES, no)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.books().entrySet().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.bookUpdatedAt().remove(YES))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> snapshot.lastTrades().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(snapshot.books()).containsOnlyKeys(YES, NO);
    }

    private static String trade(String price) {
        return "{\"event_type\":\"last_trade_price\",\"market\":\"0xc0\",\"asset_id\":\"" + MarketFeedRecoveryTest.YES
                + "\",\"price\":\"" + price + "\",\"size\":\"5\",\"side\":\"BUY\",\"fee_rate_bps\":\"0\","
                + "\"timestamp\":\"1795003200100\"}";
    }

    @Test
    void invalidatedBook_isCopiedEmptyInItsNewEpoch() {
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.YES));
        feed.onFrame(MarketFeedRecoveryTest.book(MarketFeedRecoveryTest.NO));
        Book before = feed.snapshot().book(YES).orElseThrow();

        feed.onDrop(new FeedDropped(Set.of(MarketFeedRecoveryTest.YES)));
        Book after = feed.snapshot().book(YES).orElseThrow();

        assertThat(before.bids()).isNotEmpty();
        assertThat(after.bids()).isEmpty();
        assertThat(after.asks()).isEmpty();
        assertThat(after.epoch()).isEqualTo(before.epoch() + 1);
    }
}
