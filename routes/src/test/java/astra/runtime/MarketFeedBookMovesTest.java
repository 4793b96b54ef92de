package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarketFeedBookMovesTest {
    private static final String YES = MarketFeedRecoveryTest.YES;
    private static final String NO = MarketFeedRecoveryTest.NO;

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final MarketFeed feed = new MarketFeed(clock, new MarketUniverse(List.of(MarketFeedRecoveryTest.market())),
            new FeedHealth(clock), assets -> { }, Duration.ofSeconds(5));

    /** A price change on the YES token: one level at {@code price} on {@code side}. */
    private static String priceChange(String price, String size, String side) {
        return "{\"event_type\":\"price_change\",\"market\":\"0xc0\",\"price_changes\":[{\"asset_id\":\"" + YES
                + "\",\"price\":\"" + price + "\",\"size\":\"" + size + "\",\"side\":\"" + side
                + "\",\"hash\":\"h\",\"best_bid\":\"0.4\",\"best_ask\":\"0.6\"}],\"timestamp\":\"1795003200000\"}";
    }

    private void snapshots() {
        feed.onFrame(MarketFeedRecoveryTest.book(YES));
        feed.onFrame(MarketFeedRecoveryTest.book(NO));
    }

    @Test
    void anUnquotedMarket_sendsNoMoves() {
        snapshots();
        assertThat(feed.onFrame(priceChange("0.45", "10", "BUY"))).isEmpty();
    }

    @Test
    void aQuotedMarket_sendsItsBooksWhenItsTopMoves_andNotWhenOnlyDepthBehindTheTopChanges() {
        snapshots();
        feed.watch(List.of(MarketFeedRecoveryTest.market()));

        // The first frame after watching sends the tops as they are (nothing sent before).
        List<BookMoved> first = feed.onFrame(priceChange("0.30", "5", "BUY"));
        assertThat(first).hasSize(1);

        // A level behind the top (0.35 under the 0.40 bid): the top is unchanged, nothing to requote.
        assertThat(feed.onFrame(priceChange("0.35", "5", "BUY"))).isEmpty();

        // A better bid at 0.45: the top moved; the copy carries it.
        List<BookMoved> moved = feed.onFrame(priceChange("0.45", "7", "BUY"));
        assertThat(moved).hasSize(1);
        BookMoved m = moved.get(0);
        assertThat(m.market().conditionId().value()).isEqualTo("0xc0");
        assertThat(m.yes().token()).isEqualTo(new TokenId(YES));
        assertThat(m.yes().bestBid().orElseThrow().price()).isEqualTo(Price.parse("0.45"));
        assertThat(m.superseded()).isFalse();
    }

    @Test
    void aMove_carriesTheNearLevelsOfEachSide_bestFirst() {
        snapshots();
        feed.watch(List.of(MarketFeedRecoveryTest.market()));
        for (String price : List.of("0.31", "0.32", "0.33", "0.34", "0.35", "0.36", "0.37")) {
            feed.onFrame(priceChange(price, "5", "BUY"));
        }

        BookMoved m = feed.onFrame(priceChange("0.45", "7", "BUY")).get(0);

        // nine bids rest (0.45, 0.40, 0.37 ... 0.31); the move carries the best five
        assertThat(m.yes().bids()).extracting(l -> l.price().toString())
                .containsExactly("0.45", "0.4", "0.37", "0.36", "0.35");
        assertThat(feed.snapshot().book(new TokenId(YES)).orElseThrow().bids()).hasSize(9);
    }

    @Test
    void anEarlierMove_isSupersededByTheNextOneOfItsMarket() {
        snapshots();
        feed.watch(List.of(MarketFeedRecoveryTest.market()));
        BookMoved earlier = feed.onFrame(priceChange("0.45", "7", "BUY")).get(0);

        BookMoved later = feed.onFrame(priceChange("0.46", "7", "BUY")).get(0);

        assertThat(earlier.superseded()).isTrue();
        assertThat(later.superseded()).isFalse();
    }

    @Test
    void aBookAwaitingItsSnapshot_sendsNoMove() {
        feed.onFrame(MarketFeedRecoveryTest.book(YES)); // the NO book has had no snapshot yet
        feed.watch(List.of(MarketFeedRecoveryTest.market()));

        assertThat(feed.onFrame(priceChange("0.45", "7", "BUY"))).isEmpty();
    }

    @Test
    void aMarketNoLongerQuoted_sendsNoMoreMoves() {
        snapshots();
        feed.watch(List.of(MarketFeedRecoveryTest.market()));
        assertThat(feed.onFrame(priceChange("0.45", "7", "BUY"))).hasSize(1);

        feed.watch(List.of());

        assertThat(feed.onFrame(priceChange("0.47", "7", "BUY"))).isEmpty();
    }
}
