package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CanonicalMidTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final Duration MAX_AGE = Duration.ofSeconds(5);

    private final MidFallbackCounters counters = new MidFallbackCounters();
    private final CanonicalMid canonical = new CanonicalMid(Clock.fixed(NOW, ZoneOffset.UTC), MAX_AGE, counters);

    private static List<BookLevel> levels(String... prices) {
        return Arrays.stream(prices).map(p -> new BookLevel(Price.parse(p), Shares.whole(10))).toList();
    }

    private static Book book(List<BookLevel> bids, List<BookLevel> asks, Instant asOf) {
        return new Book(new TokenId("42"), bids, asks, TickSize.HUNDREDTH, 1, asOf);
    }

    private static Book book(List<BookLevel> bids, List<BookLevel> asks) {
        return book(bids, asks, NOW.minusSeconds(1));
    }

    private static Optional<Price> trade(String price) {
        return Optional.of(Price.parse(price));
    }

    @Test
    void twoSidedBook_midIsHalfTheSumAndNothingIsCounted() {
        // (0.40 + 0.43) / 2 = 0.415, exact in micros
        MidQuote q = canonical.of(book(levels("0.40", "0.39"), levels("0.43", "0.44")), trade("0.9"));
        assertThat(q.mid()).contains(Price.parse("0.415"));
        assertThat(q.source()).isEqualTo(MidSource.TWO_SIDED);
        assertThat(q.fallback()).isEmpty();
        assertThat(counters.total()).isZero();
    }

    @Test
    void midOfOnTickPrices_isExactForEveryTick() {
        for (TickSize tick : TickSize.values()) {
            // one tick and two ticks: the mid is 1.5 ticks, which must be a whole number of micros
            Price mid = CanonicalMid.midpoint(tick.asPrice(), new Price(2 * tick.micros()));
            assertThat(mid.micros() * 2).as("tick %s", tick).isEqualTo(3 * tick.micros());
        }
    }

    @Test
    void midOfOffTickPrices_roundsAnOddHalfMicroToEven() {
        // 0.400001 + 0.400004 = 0.800005 -> 0.4000025 -> even 0.400002
        assertThat(CanonicalMid.midpoint(Price.parse("0.400001"), Price.parse("0.400004")))
                .isEqualTo(Price.parse("0.400002"));
        // 0.400001 + 0.400006 = 0.800007 -> 0.4000035 -> even 0.400004
        assertThat(CanonicalMid.midpoint(Price.parse("0.400001"), Price.parse("0.400006")))
                .isEqualTo(Price.parse("0.400004"));
    }

    @Test
    void bidsOnly_withoutLastTrade_fallsBackToBestBid() {
        MidQuote q = canonical.of(book(levels("0.40", "0.30"), List.of()));
        assertThat(q.mid()).contains(Price.parse("0.40"));
        assertThat(q.source()).isEqualTo(MidSource.BEST_BID_ONLY);
        assertThat(q.fallback()).contains(MidFallback.BID_SIDE_ONLY);
        assertThat(q.reason()).contains("only bids");
        assertThat(counters.count(MidFallback.BID_SIDE_ONLY)).isEqualTo(1);
    }

    @Test
    void bidsOnly_usesLastTradeAboveTheBidButNotBelowIt() {
        assertThat(canonical.of(book(levels("0.40"), List.of()), trade("0.55")).mid()).contains(Price.parse("0.55"));
        MidQuote below = canonical.of(book(levels("0.40"), List.of()), trade("0.30"));
        assertThat(below.mid()).contains(Price.parse("0.40"));
        assertThat(below.source()).isEqualTo(MidSource.BEST_BID_ONLY);
        assertThat(counters.count(MidFallback.BID_SIDE_ONLY)).isEqualTo(2);
    }

    @Test
    void asksOnly_usesBestAskOrALastTradeBelowIt() {
        MidQuote alone = canonical.of(book(List.of(), levels("0.60", "0.70")));
        assertThat(alone.mid()).contains(Price.parse("0.60"));
        assertThat(alone.source()).isEqualTo(MidSource.BEST_ASK_ONLY);
        MidQuote withTrade = canonical.of(book(List.of(), levels("0.60")), trade("0.52"));
        assertThat(withTrade.mid()).contains(Price.parse("0.52"));
        assertThat(withTrade.source()).isEqualTo(MidSource.LAST_TRADE);
        assertThat(canonical.of(book(List.of(), levels("0.60")), trade("0.65")).mid()).contains(Price.parse("0.60"));
        assertThat(counters.count(MidFallback.ASK_SIDE_ONLY)).isEqualTo(3);
    }

    @Test
    void emptyBook_usesLastTradeOrGivesNoMid() {
        MidQuote withTrade = canonical.of(book(List.of(), List.of()), trade("0.47"));
        assertThat(withTrade.mid()).contains(Price.parse("0.47"));
        assertThat(withTrade.source()).isEqualTo(MidSource.LAST_TRADE);
        MidQuote without = canonical.of(book(List.of(), List.of()));
        assertThat(without.mid()).isEmpty();
        assertThat(without.source()).isEqualTo(MidSource.NONE);
        assertThat(without.fallback()).contains(MidFallback.EMPTY_BOOK);
        assertThat(counters.count(MidFallback.EMPTY_BOOK)).isEqualTo(2);
    }

    @Test
    void crossedOrLockedBook_givesNoMidEvenWithALastTrade() {
        MidQuote crossed = canonical.of(book(levels("0.55"), levels("0.50")), trade("0.52"));
        assertThat(crossed.mid()).isEmpty();
        assertThat(crossed.fallback()).contains(MidFallback.CROSSED_BOOK);
        assertThat(crossed.reason()).contains("0.55").contains("0.5");
        MidQuote locked = canonical.of(book(levels("0.50"), levels("0.50")));
        assertThat(locked.mid()).isEmpty();
        assertThat(counters.count(MidFallback.CROSSED_BOOK)).isEqualTo(2);
    }

    @Test
    void staleBook_givesNoMidEvenWhenTwoSided() {
        MidQuote q = canonical.of(book(levels("0.40"), levels("0.42"), NOW.minusSeconds(6)), trade("0.41"));
        assertThat(q.mid()).isEmpty();
        assertThat(q.source()).isEqualTo(MidSource.NONE);
        assertThat(q.fallback()).contains(MidFallback.STALE_BOOK);
        assertThat(counters.count(MidFallback.STALE_BOOK)).isEqualTo(1);
    }

    @Test
    void bookExactlyMaxAgeOld_isStillFresh() {
        MidQuote q = canonical.of(book(levels("0.40"), levels("0.42"), NOW.minus(MAX_AGE)));
        assertThat(q.mid()).contains(Price.parse("0.41"));
    }

    @Test
    void bookOneNanosecondPastMaxAge_isStale() {
        MidQuote q = canonical.of(book(levels("0.40"), levels("0.42"), NOW.minus(MAX_AGE).minusNanos(1)));
        assertThat(q.fallback()).contains(MidFallback.STALE_BOOK);
    }

    @Test
    void bookStampedAfterNowWithinASecond_isFresh() {
        // asOf = now + 0.3 s: a negative age (-1 s + 0.7e9 ns once the nanos borrow), never stale
        MidQuote q = canonical.of(book(levels("0.40"), levels("0.42"), NOW.plusMillis(300)));
        assertThat(q.mid()).contains(Price.parse("0.41"));
    }

    @Test
    void staleness_isCheckedBeforeCrossing() {
        MidQuote q = canonical.of(book(levels("0.55"), levels("0.50"), NOW.minusSeconds(60)));
        assertThat(q.fallback()).contains(MidFallback.STALE_BOOK);
        assertThat(counters.count(MidFallback.CROSSED_BOOK)).isZero();
    }

    @Test
    void counters_snapshotHasEveryReasonAndCountsEachFallbackOnce() {
        canonical.of(book(levels("0.40"), List.of()));
        canonical.of(book(List.of(), List.of()));
        canonical.of(book(List.of(), List.of()));
        canonical.of(book(levels("0.40"), levels("0.42")));
        assertThat(counters.snapshot()).containsOnlyKeys(MidFallback.values());
        assertThat(counters.snapshot()).containsEntry(MidFallback.BID_SIDE_ONLY, 1L)
                .containsEntry(MidFallback.EMPTY_BOOK, 2L).containsEntry(MidFallback.STALE_BOOK, 0L);
        assertThat(counters.total()).isEqualTo(3);
    }

    @Test
    void nonPositiveMaxAge_isRefused() {
        assertThatThrownBy(() -> new CanonicalMid(Clock.systemUTC(), Duration.ZERO, counters))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAge");
    }
}
