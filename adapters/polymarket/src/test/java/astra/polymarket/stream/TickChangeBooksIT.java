package astra.polymarket.stream;

import static astra.polymarket.stream.HundredMarketBooksIT.DRAIN;
import static astra.polymarket.stream.HundredMarketBooksIT.differences;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.BookLevel;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.stream.SimulatorBookFeed.Levels;
import astra.polymarket.venue.SimulatedVenue;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.Tick;
import astra.simulator.world.ScenarioSettings;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A market's tick changes both ways while its makers requote and takers trade: each change starts a
 * new epoch in both of its books, the venue's fresh {@code book} messages end the wait at once,
 * and the books equal the venue's, tick included. Only the test changes ticks here.
 */
@Timeout(60)
class TickChangeBooksIT {
    private static final ScenarioSettings WORLD = HundredMarketBooksIT.HUNDRED_AND_TWELVE_MARKETS.toBuilder()
            .standaloneMarkets(4).negRiskEvents(0).tickChanges(0).fineTickNearEdges(false).takersPerMinute(30)
            .build();

    private final SimulatedVenue sim = new SimulatedVenue(41, WORLD);
    private final ClobClient clob = sim.clob();
    private final SimulatorBookFeed feed = new SimulatorBookFeed(sim, MarketStream.DEFAULT_MAX_ASSETS_PER_CONNECTION);
    private final MarketSpec market = sim.plainMarket();
    private final TokenId yes = new TokenId(market.yesToken());
    private final TokenId no = new TokenId(market.noToken());

    @BeforeEach
    void startFeed() {
        feed.start();
        Eventually.within(DRAIN, () -> assertThat(feed.perBook(OrderBook::awaitingSnapshot)).doesNotContainValue(true));
    }

    @AfterEach
    void stop() {
        feed.close();
        sim.close();
    }

    @Test
    void finerThenCoarserTick_eachFollowedByFreshBooks_keepsTheBooksEqualToTheVenues() {
        feed.advance(5_000);
        assertBooksEqualTheVenues();

        changeTick(Tick.THOUSANDTH);
        // Three requote rounds (every 10 s) put the makers' quotes on the finer grid.
        feed.advance(30_000);
        assertBooksEqualTheVenues();
        Levels fine = feed.venueBooks(clob).get(yes);
        assertThat(fine.tick()).isEqualTo(TickSize.THOUSANDTH);
        // What makes the way back a real test: levels off the 0.01 grid, which a coarser tick cancels.
        assertThat(levels(fine)).anyMatch(l -> l.price().micros() % 10_000 != 0);

        changeTick(Tick.HUNDREDTH);
        assertBooksEqualTheVenues();
        Levels coarse = feed.venueBooks(clob).get(yes);
        assertThat(coarse.tick()).isEqualTo(TickSize.HUNDREDTH);
        assertThat(levels(coarse)).allMatch(l -> l.price().micros() % 10_000 == 0);

        // Two changes, two new epochs for both tokens of the market and none for the others; the
        // venue's book followed each change before any level change could be refused.
        Map<TokenId, Long> epochs = feed.perBook(OrderBook::epoch);
        assertThat(epochs).containsEntry(yes, 2L).containsEntry(no, 2L);
        assertThat(epochs).allSatisfy((t, e) -> assertThat(e).isEqualTo(t.equals(yes) || t.equals(no) ? 2L : 0L));
        assertThat(feed.perBook(OrderBook::updatesRefusedAwaitingSnapshot)).allSatisfy((t, n) -> assertThat(n).isZero());
        assertThat(feed.stream().counters().drops()).isZero();
    }

    private void changeTick(Tick tick) {
        sim.server.onVenue(v -> {
            v.exchange().changeTick(market.conditionId(), tick);
            return null;
        });
    }

    private static List<BookLevel> levels(Levels book) {
        return Stream.concat(book.bids().stream(), book.asks().stream()).toList();
    }

    private void assertBooksEqualTheVenues() {
        Eventually.within(DRAIN, () -> assertThat(differences(feed.ourBooks(), feed.venueBooks(clob))).isEmpty());
    }
}
