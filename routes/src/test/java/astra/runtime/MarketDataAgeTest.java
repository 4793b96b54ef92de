package astra.runtime;

import static astra.runtime.MarketFeedRecoveryTest.NO;
import static astra.runtime.MarketFeedRecoveryTest.YES;
import static astra.runtime.MarketFeedRecoveryTest.book;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.facts.MarketFacts;
import astra.time.VirtualClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A market's data age, which the staleness circuit breaker reads. */
class MarketDataAgeTest {
    private static final String OTHER_YES = "2001";
    private static final String OTHER_NO = "2002";

    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T12:00:00Z"));
    private final FeedHealth health = new FeedHealth(clock);
    private final MarketFeed feed = new MarketFeed(clock, new MarketUniverse(List.of(MarketFeedRecoveryTest.market(),
            other())), health, assets -> { }, Duration.ofSeconds(5));

    private static Market other() {
        return new Market(new ConditionId("0xd0"), new TokenId(OTHER_YES), new TokenId(OTHER_NO), false,
                Optional.empty(), TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2,
                MarketClocks.closingAt(Instant.parse("2026-12-31T00:00:00Z")));
    }

    private static String otherBook(String asset) {
        return book(asset).replace("0xc0", "0xd0");
    }

    private long ageOf(String market) {
        MarketFacts f = feed.snapshot().facts().stream().filter(x -> x.market().equals(market)).findFirst().orElseThrow();
        return clock.millis() - f.lastMarketDataAtMillis();
    }

    @Test
    void aQuietMarketOnALiveChannel_isAsFreshAsTheChannel() {
        feed.onFrame(book(YES));
        feed.onFrame(book(NO));
        feed.onFrame(otherBook(OTHER_YES));
        feed.onFrame(otherBook(OTHER_NO));
        clock.advance(Duration.ofSeconds(20));
        // Only the other market hears anything for 20 s.
        feed.onFrame(otherBook(OTHER_YES));

        assertThat(ageOf("0xc0")).isZero();
    }

    @Test
    void aSilentChannel_agesEveryMarket() {
        feed.onFrame(book(YES));
        feed.onFrame(book(NO));
        clock.advance(Duration.ofSeconds(20));

        assertThat(ageOf("0xc0")).isEqualTo(20_000);
    }

    @Test
    void aBookAwaitingItsSnapshot_agesFromItsLastUpdate_whateverTheChannelDoes() {
        feed.onFrame(book(YES));
        feed.onFrame(book(NO));
        feed.onFrame(otherBook(OTHER_YES));
        feed.onFrame(otherBook(OTHER_NO));
        feed.onDrop(new FeedDropped(Set.of(YES)));
        clock.advance(Duration.ofSeconds(20));
        feed.onFrame(otherBook(OTHER_YES));

        assertThat(ageOf("0xc0")).isEqualTo(20_000);
    }

    @Test
    void aMarketThatNeverHadABook_isAsOldAsTheFeed() {
        clock.advance(Duration.ofSeconds(7));
        feed.onFrame(otherBook(OTHER_YES));
        feed.onFrame(otherBook(OTHER_NO));

        assertThat(ageOf("0xc0")).isEqualTo(7_000);
    }
}
