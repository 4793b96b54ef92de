package astra.market;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Micros;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.time.VirtualClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OrderBookTest {
    private static final TokenId TOKEN = new TokenId("123");
    private VirtualClock clock;
    private OrderBook book;

    @BeforeEach
    void setUp() {
        clock = new VirtualClock(Instant.parse("2026-07-01T12:00:00Z"));
        book = new OrderBook(TOKEN, TickSize.HUNDREDTH, clock);
    }

    private static long m(String decimal) {
        return Micros.parse(decimal);
    }

    /** Levels in the venue's order: worst first, best last. */
    private static PriceLevels levels(String... priceSizePairs) {
        PriceLevels.Builder b = PriceLevels.builder();
        for (int i = 0; i < priceSizePairs.length; i += 2) {
            b.add(m(priceSizePairs[i]), m(priceSizePairs[i + 1]));
        }
        return b.build();
    }

    private void loadVenueOrderedBook() {
        // bids ascending (best 0.48 last), asks descending (best 0.52 last), as the venue sends them
        book.applySnapshot(levels("0.45", "100", "0.47", "20", "0.48", "5"),
                levels("0.60", "7", "0.55", "30", "0.52", "12.5"), 1_000L);
    }

    @Test
    void snapshotWithBestLevelLast_hasBestBidMaxAndBestAskMin() {
        loadVenueOrderedBook();

        assertThat(book.bestBidMicros()).isEqualTo(480_000L);
        assertThat(book.bestBidSizeMicros()).isEqualTo(5_000_000L);
        assertThat(book.bestAskMicros()).isEqualTo(520_000L);
        assertThat(book.bestAskSizeMicros()).isEqualTo(12_500_000L);
        assertThat(book.awaitingSnapshot()).isFalse();
        assertThat(book.isCrossed()).isFalse();
    }

    @Test
    void snapshotInAnyOrder_givesTheSameBook() {
        loadVenueOrderedBook();
        Book venueOrdered = book.snapshot();

        book.applySnapshot(levels("0.47", "20", "0.48", "5", "0.45", "100"),
                levels("0.52", "12.5", "0.60", "7", "0.55", "30"), 1_000L);

        assertThat(book.snapshot()).isEqualTo(venueOrdered);
    }

    @Test
    void snapshot_listsLevelsBestFirst() {
        loadVenueOrderedBook();

        Book snap = book.snapshot();

        assertThat(snap.bids()).extracting(l -> l.price().toString()).containsExactly("0.48", "0.47", "0.45");
        assertThat(snap.asks()).extracting(l -> l.price().toString()).containsExactly("0.52", "0.55", "0.6");
        assertThat(snap.bestAsk()).contains(new BookLevel(Price.parse("0.52"), Shares.parse("12.5")));
        assertThat(snap.token()).isEqualTo(TOKEN);
        assertThat(snap.tickSize()).isEqualTo(TickSize.HUNDREDTH);
        assertThat(snap.epoch()).isZero();
        assertThat(snap.asOf()).isEqualTo(Instant.ofEpochMilli(1_000L));
    }

    @Test
    void snapshot_replacesEveryEarlierLevel() {
        loadVenueOrderedBook();

        book.applySnapshot(levels("0.30", "1"), PriceLevels.EMPTY, 2_000L);

        assertThat(book.bidDepth()).isEqualTo(1);
        assertThat(book.bestBidMicros()).isEqualTo(300_000L);
        assertThat(book.askDepth()).isZero();
        assertThat(book.bestAskMicros()).isEqualTo(OrderBook.NO_PRICE);
        assertThat(book.bestAskSizeMicros()).isZero();
    }

    @Test
    void snapshotLevelOfSizeZero_isNotABookLevel() {
        book.applySnapshot(levels("0.40", "0", "0.39", "3"), PriceLevels.EMPTY, 1L);

        assertThat(book.bidDepth()).isEqualTo(1);
        assertThat(book.bestBidMicros()).isEqualTo(390_000L);
    }

    @Test
    void levelUpdate_setsTheNewSizeInsteadOfAddingToIt() {
        loadVenueOrderedBook();

        assertThat(book.applyLevel(Side.BUY, m("0.48"), m("8"), 2_000L)).isEqualTo(LevelUpdateResult.APPLIED);

        assertThat(book.bestBidSizeMicros()).isEqualTo(8_000_000L);
        assertThat(book.bidDepth()).isEqualTo(3);
    }

    @Test
    void levelUpdateInsideTheSpread_becomesTheNewTouch() {
        loadVenueOrderedBook();

        book.applyLevel(Side.BUY, m("0.49"), m("1"), 2_000L);
        book.applyLevel(Side.SELL, m("0.51"), m("2"), 2_001L);

        assertThat(book.bestBidMicros()).isEqualTo(490_000L);
        assertThat(book.bestAskMicros()).isEqualTo(510_000L);
        assertThat(book.bidPriceMicros(1)).isEqualTo(480_000L);
        assertThat(book.askPriceMicros(1)).isEqualTo(520_000L);
        assertThat(book.venueTimeMillis()).isEqualTo(2_001L);
    }

    @Test
    void levelUpdateOfSizeZero_removesTheLevelAndExposesTheNext() {
        loadVenueOrderedBook();

        book.applyLevel(Side.SELL, m("0.52"), 0, 2_000L);

        assertThat(book.askDepth()).isEqualTo(2);
        assertThat(book.bestAskMicros()).isEqualTo(550_000L);
        assertThat(book.bestAskSizeMicros()).isEqualTo(30_000_000L);
    }

    @Test
    void removingALevelThatIsNotThere_changesNothing() {
        loadVenueOrderedBook();
        Book before = book.snapshot();

        book.applyLevel(Side.BUY, m("0.33"), 0, 1_000L);

        assertThat(book.snapshot()).isEqualTo(before);
    }

    @Test
    void bidAtOrAboveTheBestAsk_isCrossed() {
        loadVenueOrderedBook();

        book.applyLevel(Side.BUY, m("0.52"), m("1"), 2_000L);

        assertThat(book.isCrossed()).isTrue();
        assertThat(book.snapshot().isCrossed()).isTrue();
    }

    @Test
    void invalidLevel_isRefusedAndCounted() {
        loadVenueOrderedBook();

        assertThat(book.applyLevel(Side.BUY, m("1") + 1, m("1"), 2_000L))
                .isEqualTo(LevelUpdateResult.REFUSED_INVALID_LEVEL);
        assertThat(book.applyLevel(Side.SELL, m("0.5"), -1, 2_000L))
                .isEqualTo(LevelUpdateResult.REFUSED_INVALID_LEVEL);

        assertThat(book.updatesRefusedInvalid()).isEqualTo(2);
        assertThat(book.bidDepth()).isEqualTo(3);
        assertThat(book.askDepth()).isEqualTo(3);
    }

    @Test
    void newBook_refusesUpdatesUntilItsFirstSnapshot() {
        assertThat(book.applyLevel(Side.BUY, m("0.5"), m("1"), 1L))
                .isEqualTo(LevelUpdateResult.REFUSED_AWAITING_SNAPSHOT);

        assertThat(book.bidDepth()).isZero();
        assertThat(book.updatesRefusedAwaitingSnapshot()).isEqualTo(1);
        assertThat(book.updatesApplied()).isZero();
    }

    @Test
    void tickSizeChange_startsANewEpochDropsTheBookAndRefusesUpdatesUntilASnapshot() {
        loadVenueOrderedBook();

        book.changeTickSize(TickSize.THOUSANDTH, 3_000L);

        assertThat(book.epoch()).isEqualTo(1);
        assertThat(book.tickSize()).isEqualTo(TickSize.THOUSANDTH);
        assertThat(book.awaitingSnapshot()).isTrue();
        assertThat(book.bidDepth()).isZero();
        assertThat(book.askDepth()).isZero();

        assertThat(book.applyLevel(Side.BUY, m("0.481"), m("4"), 3_001L))
                .isEqualTo(LevelUpdateResult.REFUSED_AWAITING_SNAPSHOT);
        assertThat(book.applyLevel(Side.SELL, m("0.519"), m("4"), 3_002L))
                .isEqualTo(LevelUpdateResult.REFUSED_AWAITING_SNAPSHOT);
        assertThat(book.updatesRefusedAwaitingSnapshot()).isEqualTo(2);
        assertThat(book.bidDepth()).isZero();

        book.applySnapshot(levels("0.481", "4"), levels("0.519", "4"), 3_003L);

        assertThat(book.awaitingSnapshot()).isFalse();
        assertThat(book.epoch()).isEqualTo(1);
        assertThat(book.applyLevel(Side.BUY, m("0.482"), m("1"), 3_004L)).isEqualTo(LevelUpdateResult.APPLIED);
        assertThat(book.bestBidMicros()).isEqualTo(482_000L);
        assertThat(book.offTickLevels()).isZero();
        assertThat(book.snapshot().epoch()).isEqualTo(1);
        assertThat(book.snapshot().tickSize()).isEqualTo(TickSize.THOUSANDTH);
    }

    @Test
    void levelOffTheKnownTick_isAppliedButCounted() {
        loadVenueOrderedBook();

        book.applyLevel(Side.BUY, m("0.485"), m("1"), 2_000L);

        assertThat(book.bestBidMicros()).isEqualTo(485_000L);
        assertThat(book.offTickLevels()).isEqualTo(1);
    }

    @Test
    void staleness_isJudgedByMarketDataArrivalOnTheInjectedClock() {
        assertThat(book.isStale(5_000)).isTrue();
        loadVenueOrderedBook();
        assertThat(book.arrivalMillis()).isEqualTo(clock.millis());
        assertThat(book.isStale(5_000)).isFalse();

        clock.advance(Duration.ofMillis(5_001));

        assertThat(book.isStale(5_000)).isTrue();
        book.applyLevel(Side.BUY, m("0.48"), m("6"), 9_000L);
        assertThat(book.isStale(5_000)).isFalse();
    }

    @Test
    void manyLevelsInReverseOrder_stayUniqueAndSorted() {
        PriceLevels.Builder bids = PriceLevels.builder();
        for (int cents = 99; cents >= 1; cents--) {
            bids.add(cents * 10_000L, cents);
        }
        book.applySnapshot(bids.build(), PriceLevels.EMPTY, 1L);
        for (int cents = 1; cents <= 99; cents += 2) {
            book.applyLevel(Side.BUY, cents * 10_000L, 0, 2L);
        }

        // 99 levels, the 50 odd ones removed: 49 even levels left, best 0.98 with size 98 micros
        assertThat(book.bidDepth()).isEqualTo(49);
        assertThat(book.bestBidMicros()).isEqualTo(980_000L);
        assertThat(book.bestBidSizeMicros()).isEqualTo(98L);
        assertThat(book.bidPriceMicros(48)).isEqualTo(20_000L);
        // Book's constructor re-checks strict best-first order
        assertThat(book.snapshot().bids()).hasSize(49);
    }

    @Test
    void registry_keepsOneBookPerTokenAndInvalidatesAll() {
        OrderBooks books = new OrderBooks(clock);
        OrderBook a = books.register(TOKEN, TickSize.HUNDREDTH);
        OrderBook again = books.register(TOKEN, TickSize.THOUSANDTH);
        OrderBook b = books.register(new TokenId("456"), TickSize.TENTH);
        a.applySnapshot(levels("0.5", "1"), PriceLevels.EMPTY, 1L);

        books.invalidateAll();

        assertThat(again).isSameAs(a);
        assertThat(a.tickSize()).isEqualTo(TickSize.HUNDREDTH);
        assertThat(books.size()).isEqualTo(2);
        assertThat(books.get(new TokenId("456"))).isSameAs(b);
        assertThat(a.awaitingSnapshot()).isTrue();
        assertThat(a.epoch()).isEqualTo(1);
        assertThat(a.bidDepth()).isZero();
        assertThat(books.find(new TokenId("789"))).isEmpty();
    }

    @Test
    void everyChangeOfLevelsOrEpoch_countsOnce_andARefusedUpdateNone() {
        assertThat(book.changes()).isZero();
        book.applyLevel(Side.BUY, m("0.40"), m("10"), 900L); // refused: awaiting the first snapshot
        assertThat(book.changes()).isZero();

        loadVenueOrderedBook(); // 1
        book.applyLevel(Side.BUY, m("0.46"), m("3"), 1_001L); // 2
        book.applyLevel(Side.SELL, m("-0.10"), m("3"), 1_002L); // refused: invalid price, no change
        book.invalidate(); // 3: new epoch, levels dropped
        book.changeTickSize(TickSize.THOUSANDTH, 1_003L); // 4: a tick change invalidates once more

        assertThat(book.changes()).isEqualTo(4);
    }
}
