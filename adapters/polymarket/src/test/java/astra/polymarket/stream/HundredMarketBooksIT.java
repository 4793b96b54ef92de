package astra.polymarket.stream;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.stream.SimulatorBookFeed.Levels;
import astra.polymarket.venue.SimulatedVenue;
import astra.simulator.world.ScenarioSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The adapter keeps a correct book for every token of a 112-market world while the crowd trades:
 * the books it builds from the market channel equal the simulator's own (POST /books), tick and
 * level for level, once the frames in flight have drained, across the tick size changes of the run.
 */
@Timeout(60)
class HundredMarketBooksIT {
    /** 96 standalone markets + 4 negRisk events of 4 outcomes = 112 markets, 224 tokens. */
    static final ScenarioSettings HUNDRED_AND_TWELVE_MARKETS = ScenarioSettings.builder()
            .standaloneMarkets(96).negRiskEvents(4).outcomesPerEvent(4)
            .closes(0).eventCloses(0)
            // Tick changes inside the test's two virtual minutes: a 150 s run whose 8 scheduled
            // changes (0.01 <-> 0.001) fall in [30 s, 120 s); markets near 0 or 1 go to 0.001 too.
            .durationMillis(150_000).closeWindowFrom(0.2).closeWindowTo(0.8).tickChanges(8)
            .settlementFailureRate(0)
            .build();
    static final Duration DRAIN = Duration.ofSeconds(15);

    private final SimulatedVenue sim = new SimulatedVenue(23, HUNDRED_AND_TWELVE_MARKETS);
    private final ClobClient clob = sim.clob();
    private final SimulatorBookFeed feed = new SimulatorBookFeed(sim, MarketStream.DEFAULT_MAX_ASSETS_PER_CONNECTION);

    @AfterEach
    void stop() {
        feed.close();
        sim.close();
    }

    @Test
    void twoHundredTwentyFourTokens_overTwoSockets_keepTheVenuesBooksWhileTheCrowdTrades() {
        feed.start();
        List<TokenId> tokens = feed.tokens();
        assertThat(tokens).hasSize(224);
        // 224 assets at most 200 per connection: 200 + 24 on two sockets.
        assertThat(feed.stream().assetsByConnection()).extracting(Set::size).containsExactly(200, 24);
        Eventually.within(DRAIN, () -> assertThat(feed.perBook(OrderBook::awaitingSnapshot)).doesNotContainValue(true));
        Map<TokenId, Levels> atStart = feed.venueBooks(clob);
        assertThat(feed.ourBooks()).isEqualTo(atStart);

        // Two virtual minutes in 2 s steps, comparing every book half way and at the end.
        for (int step = 1; step <= 60; step++) {
            feed.advance(2_000);
            if (step == 30 || step == 60) {
                Eventually.within(DRAIN, () -> assertThat(differences(feed.ourBooks(), feed.venueBooks(clob))).isEmpty());
            }
        }

        Map<TokenId, Levels> atEnd = feed.venueBooks(clob);
        long moved = tokens.stream().filter(t -> !atStart.get(t).equals(atEnd.get(t))).count();
        assertThat(moved).as("books the crowd changed during the run").isGreaterThan(200);
        assertThat(feed.levelsApplied()).isGreaterThan(1_000);
        assertThat(feed.decodeFailures()).isZero();
        // Each tick change started a new epoch on both tokens of its market, and the venue's fresh
        // books followed at once: no level change ever reached a book awaiting its snapshot.
        assertThat(feed.perBook(OrderBook::epoch).values().stream().filter(e -> e > 0).count())
                .as("books that went through a tick change").isGreaterThanOrEqualTo(2);
        assertThat(feed.perBook(OrderBook::updatesRefusedAwaitingSnapshot)).allSatisfy((t, n) -> assertThat(n).isZero());
        assertThat(feed.perBook(OrderBook::isCrossed)).doesNotContainValue(true);
        assertThat(feed.stream().counters().drops()).isZero();
    }

    /** One line per token whose book differs, for a readable failure. */
    static List<String> differences(Map<TokenId, Levels> ours, Map<TokenId, Levels> venue) {
        List<String> out = new ArrayList<>();
        assertThat(ours.keySet()).isEqualTo(venue.keySet());
        ours.forEach((t, b) -> {
            if (!b.equals(venue.get(t))) {
                out.add(t.value() + ": ours " + b + " venue " + venue.get(t));
            }
        });
        return out;
    }
}
