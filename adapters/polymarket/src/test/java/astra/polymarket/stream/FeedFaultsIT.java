package astra.polymarket.stream;

import static astra.polymarket.stream.HundredMarketBooksIT.DRAIN;
import static astra.polymarket.stream.HundredMarketBooksIT.differences;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.venue.SimulatedVenue;
import astra.simulator.world.ScenarioSettings;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The market feed under the simulator's socket faults (dropped sockets, a channel gone silent) and
 * a book left awaiting its snapshot, with the consumer doing what the stream package asks:
 * invalidate on drop, resnapshot what is stale or awaiting.
 */
@Timeout(60)
class FeedFaultsIT {
    /** 20 standalone markets + one negRisk event of 4 = 24 markets, 48 tokens; a busy crowd. */
    private static final ScenarioSettings WORLD = HundredMarketBooksIT.HUNDRED_AND_TWELVE_MARKETS.toBuilder()
            .standaloneMarkets(20).negRiskEvents(1).takersPerMinute(30).build();
    /** 20 assets per socket: three sockets for 48 tokens, so every shard must recover. */
    private static final int PER_SOCKET = 20;
    /** A book with no market data for longer than this (venue time) is stale. */
    private static final long MAX_SILENCE_MILLIS = 5_000;

    private final SimulatedVenue sim = new SimulatedVenue(31, WORLD);
    private final ClobClient clob = sim.clob();
    private final SimulatorBookFeed feed = new SimulatorBookFeed(sim, PER_SOCKET);

    @BeforeEach
    void startFeed() {
        feed.start();
        Eventually.within(DRAIN, () -> assertThat(feed.perBook(OrderBook::awaitingSnapshot)).doesNotContainValue(true));
        assertThat(feed.stream().connectionCount()).isEqualTo(3);
    }

    @AfterEach
    void stop() {
        feed.close();
        sim.close();
    }

    @Test
    void droppedSockets_reconnectResubscribeAndResnapshotEveryBook_whichThenEqualsTheVenuesAgain() {
        feed.advance(10_000);
        assertBooksEqualTheVenues();
        Map<TokenId, Long> snapshotsBefore = feed.perBook(OrderBook::snapshotsApplied);
        Map<TokenId, Long> epochsBefore = feed.perBook(OrderBook::epoch);
        List<Set<String>> connections = feed.stream().assetsByConnection();

        sim.server.faults().dropAllSockets();
        // The crowd keeps trading while the sockets are down and coming back: deltas are lost.
        feed.advance(10_000);

        StreamCounters c = feed.stream().counters();
        Eventually.within(DRAIN, () -> {
            assertThat(c.drops()).isEqualTo(3);
            assertThat(c.opens()).isEqualTo(6);
            Map<TokenId, Long> now = feed.perBook(OrderBook::snapshotsApplied);
            assertThat(now).allSatisfy((t, n) -> assertThat(n).as("snapshots of " + t).isGreaterThan(snapshotsBefore.get(t)));
        });
        // Each connection reported its own assets when it dropped and when it came back ...
        assertThat(feed.drops()).containsExactlyInAnyOrderElementsOf(connections);
        assertThat(feed.reopens()).containsExactlyInAnyOrderElementsOf(connections);
        // ... so every book was invalidated (a new epoch) before its new snapshot arrived.
        assertThat(feed.perBook(OrderBook::epoch))
                .allSatisfy((t, e) -> assertThat(e).as("epoch of " + t).isGreaterThan(epochsBefore.get(t)));
        feed.advance(10_000);
        assertBooksEqualTheVenues();
        assertThat(feed.decodeFailures()).isZero();
    }

    @Test
    void aBookAwaitingItsSnapshot_isResnapshotted_byReopeningOnlyTheConnectionThatHoldsIt() {
        feed.advance(5_000);
        assertBooksEqualTheVenues();
        TokenId token = feed.tokens().get(0);
        Set<String> holding = feed.stream().assetsByConnection().stream()
                .filter(s -> s.contains(token.value())).findFirst().orElseThrow();
        // As after a tick_size_change that no book followed: a new epoch, awaiting a snapshot.
        feed.onFeed(b -> {
            b.get(token).invalidate();
            return null;
        });
        feed.advance(5_000);
        assertThat(feed.perBook(OrderBook::awaitingSnapshot).get(token)).as("nothing heals it by itself").isTrue();

        Set<String> resent = feed.stream().resnapshot(List.of(token.value()));

        assertThat(resent).isEqualTo(holding);
        StreamCounters c = feed.stream().counters();
        Eventually.within(DRAIN, () -> {
            assertThat(c.opens()).isEqualTo(4);
            assertThat(feed.perBook(OrderBook::awaitingSnapshot).get(token)).isFalse();
        });
        assertThat(c.drops()).as("only the holding connection").isEqualTo(1);
        assertThat(feed.drops()).containsExactly(holding);
        assertThat(feed.reopens()).containsExactly(holding);
        assertBooksEqualTheVenues();
        assertThat(feed.stream().resnapshot(List.of("not-subscribed"))).isEmpty();
        assertThat(c.drops()).isEqualTo(1);
    }

    @Test
    void silencedChannel_keepsAnsweringPings_butEveryBookTurnsStaleByTheAgeOfItsMarketData() {
        // Healthy: after each virtual second some book got data within that second.
        for (int s = 0; s < 5; s++) {
            feed.advance(1_000);
            Eventually.within(DRAIN, () -> assertThat(feed.nowMillis() - newestData()).isLessThanOrEqualTo(1_000));
        }
        assertBooksEqualTheVenues();
        assertThat(feed.perBook(b -> b.isStale(MAX_SILENCE_MILLIS))).doesNotContainValue(true);
        StreamCounters c = feed.stream().counters();
        long dataFrames = c.frames() - c.pongs();
        long pongs = c.pongs();

        sim.server.faults().silenceMarketChannel(true);
        for (int s = 0; s < 6; s++) {
            feed.advance(1_000);
        }

        // The sockets look alive: PONGs keep coming, nothing dropped; but no market data arrives.
        Eventually.within(DRAIN, () -> assertThat(c.pongs()).isGreaterThanOrEqualTo(pongs + 3));
        assertThat(c.drops()).isZero();
        assertThat(c.frames() - c.pongs()).isEqualTo(dataFrames);
        // 6 s of venue time without data > 5 s allowed: every book is stale, each by its own data age.
        assertThat(feed.perBook(b -> b.isStale(MAX_SILENCE_MILLIS))).doesNotContainValue(false);
        assertThat(feed.perBook(b -> feed.nowMillis() - b.arrivalMillis()))
                .allSatisfy((t, age) -> assertThat(age).isGreaterThan(MAX_SILENCE_MILLIS));
        assertThat(differences(feed.ourBooks(), feed.venueBooks(clob))).as("the venue moved on without us").isNotEmpty();

        // The consumer's remedy: resnapshot the stale books. Their connections reopen with a fresh
        // subscription; new snapshots make the books fresh and equal to the venue's again.
        sim.server.faults().silenceMarketChannel(false);
        Set<String> stale = new HashSet<>();
        feed.perBook(b -> b.isStale(MAX_SILENCE_MILLIS)).forEach((t, isStale) -> {
            if (isStale) {
                stale.add(t.value());
            }
        });
        assertThat(feed.stream().resnapshot(stale)).containsExactlyInAnyOrderElementsOf(stale);
        Eventually.within(DRAIN, () -> assertThat(c.opens()).isEqualTo(6));
        assertBooksEqualTheVenues();
        assertThat(feed.perBook(b -> b.isStale(MAX_SILENCE_MILLIS))).doesNotContainValue(true);
        assertThat(feed.drops()).hasSize(3);
    }

    private long newestData() {
        return Collections.max(feed.perBook(OrderBook::arrivalMillis).values());
    }

    private void assertBooksEqualTheVenues() {
        Eventually.within(DRAIN, () -> assertThat(differences(feed.ourBooks(), feed.venueBooks(clob))).isEmpty());
    }
}
