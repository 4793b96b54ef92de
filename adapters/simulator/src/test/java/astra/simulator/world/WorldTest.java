package astra.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.event.MarketResolved;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.TickSizeChange;
import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.event.VenueEvent;
import astra.simulator.matching.Amounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorldTest {
    private static final ScenarioSettings SHORT = ScenarioSettings.defaults().withDuration(10 * 60_000L);
    /** The default crowd over 40 minutes (the full two hours cost half a minute of test time). */
    private static final ScenarioSettings FULL = ScenarioSettings.defaults().withDuration(40 * 60_000L);

    /** One full default run, shared by the tests that only read it. */
    private static World full;
    private static List<VenueEvent> fullEvents;

    @BeforeAll
    static void runDefaultWorld() {
        full = World.create(7, FULL);
        fullEvents = new ArrayList<>();
        full.exchange().subscribe(fullEvents::add);
        full.run();
    }

    private record Fingerprint(String sha256, int events) {}

    private static Fingerprint fingerprint(long seed, ScenarioSettings settings) {
        World w = World.create(seed, settings);
        MessageDigest digest = sha256();
        int[] count = {0};
        w.exchange().subscribe(e -> {
            digest.update(e.toString().getBytes(StandardCharsets.UTF_8));
            count[0]++;
        });
        w.run();
        return new Fingerprint(HexFormat.of().formatHex(digest.digest()), count[0]);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void sameSeed_producesTheIdenticalEventSequence() {
        Fingerprint a = fingerprint(42, SHORT);
        Fingerprint b = fingerprint(42, SHORT);

        assertThat(a.events()).isGreaterThan(10_000);
        assertThat(b).isEqualTo(a);
    }

    @Test
    void differentSeed_producesADifferentEventSequence() {
        assertThat(fingerprint(43, SHORT).sha256()).isNotEqualTo(fingerprint(42, SHORT).sha256());
    }

    @Test
    void informedTakersBeatTheHiddenValue_noiseTakersLoseToIt() {
        Map<TraderKind, TakerEdges.Tally> edges = TakerEdges.of(full, fullEvents);
        TakerEdges.Tally informed = edges.get(TraderKind.INFORMED);
        TakerEdges.Tally noise = edges.get(TraderKind.NOISE);

        // informed takers buy only when the book is off their estimate by more than 0.02, noise
        // takers pay the spread: the bounds ask for that sign with a clear t-statistic.
        assertThat(informed.trades()).as("informed %s", informed).isGreaterThanOrEqualTo(40);
        assertThat(informed.perShare()).as("informed %s", informed).isGreaterThan(0.02);
        assertThat(informed.tStatistic()).as("informed %s", informed).isGreaterThan(4);
        assertThat(noise.perShare()).as("noise %s", noise).isLessThan(-0.01);
        assertThat(noise.tStatistic()).as("noise %s", noise).isLessThan(-10);
    }

    @Test
    void run_closesMarketsAndEvents_retickesMarkets_failsSomeTrades_andRefusesNothing() {
        ScenarioSettings s = FULL;
        // 2 standalone closes + 1 event of 4 outcomes = 6 markets resolved
        assertThat(fullEvents).filteredOn(MarketResolved.class::isInstance)
                .hasSize(s.closes() + s.eventCloses() * s.outcomesPerEvent());
        assertThat(full.resolutions()).hasSize(s.closes() + s.eventCloses() * s.outcomesPerEvent());
        // one tick_size_change per token, two tokens per market; near-edge markets add their own
        assertThat(fullEvents).filteredOn(TickSizeChange.class::isInstance).size()
                .isGreaterThanOrEqualTo(2 * s.tickChanges());
        assertThat(fullEvents).filteredOn(e -> e instanceof TradeEvent t && t.status() == TradeStatus.FAILED)
                .isNotEmpty();
        assertThat(full.rejections()).isEmpty();
        assertThat(full.markets()).hasSize(s.marketCount());
        assertThat(full.markets().stream().filter(WorldMarket::negRisk).count())
                .isEqualTo((long) s.negRiskEvents() * s.outcomesPerEvent());
    }

    @Test
    void afterARun_theVenueHoldsOnlyTheCrowdsOpenOrders_notEveryOrderOfTheDay() {
        long placed = fullEvents.stream()
                .filter(e -> e instanceof OrderEvent o && o.type() == OrderEventType.PLACEMENT).count();
        long open = full.markets().stream()
                .mapToLong(m -> full.exchange().openOrders(BackgroundMakers.owner(m)).size()).sum();

        assertThat(placed).isGreaterThan(10_000);
        assertThat(full.exchange().ordersHeld()).isEqualTo(open);
    }

    @Test
    void resolvedEvent_hasExactlyOneYesOutcome_andTheTapeShowsOneOrZeroAfterwards() {
        List<Resolution> event = full.resolutions().stream().filter(r -> !r.eventId().isEmpty()).toList();
        assertThat(event).hasSize(FULL.outcomesPerEvent());
        assertThat(event).filteredOn(Resolution::yesWon).hasSize(1);
        for (Resolution r : full.resolutions()) {
            long after = r.atMillis() + 5_000;
            assertThat(full.tape().fairMicros(r.conditionId(), after)).isEqualTo(r.yesWon() ? Amounts.ONE : 0);
            WorldMarket m = full.markets().stream().filter(x -> x.conditionId().equals(r.conditionId())).findFirst().orElseThrow();
            assertThat(r.winningToken()).isEqualTo(r.yesWon() ? m.yesToken() : m.noToken());
            assertThat(full.tape().tokenValueMicros(m.noToken(), after)).isEqualTo(r.yesWon() ? 0 : Amounts.ONE);
            assertThat(full.closeTimeMillis(r.conditionId())).hasValue(r.atMillis());
        }
    }

    @Test
    void marketNearZeroOrOne_movesToTickOneThousandth() {
        // Ten outcomes share one softmax: several start well below 0.04.
        ScenarioSettings s = ScenarioSettings.builder().standaloneMarkets(0).negRiskEvents(1).outcomesPerEvent(10)
                .durationMillis(60_000).tickChanges(0).closes(0).eventCloses(0).takersPerMinute(0).build();
        World w = World.create(3, s);
        List<TickSizeChange> changes = new ArrayList<>();
        w.exchange().subscribe(e -> {
            if (e instanceof TickSizeChange t) {
                changes.add(t);
            }
        });
        w.run();

        assertThat(changes).isNotEmpty().allSatisfy(t -> assertThat(t.newTickMicros()).isEqualTo(1_000));
        for (TickSizeChange t : changes) {
            // makers (and so the book) see the value as it was makerLagMillis ago
            long seen = Math.max(World.START_MILLIS, t.timestampMillis() - s.makerLagMillis());
            long value = w.tape().fairMicros(t.conditionId(), seen);
            assertThat(value < 40_000 || value > 960_000).as("value %d at the change", value).isTrue();
        }
    }

    @Test
    void negRiskOutcomes_haveHiddenValuesSummingToOne() {
        long t = World.START_MILLIS + 3_600_000L;
        long sum = full.markets().stream().filter(m -> m.eventId().equals("sim-e00"))
                .mapToLong(m -> full.tape().fairMicros(m.conditionId(), t)).sum();

        // each value is rounded to the nearest millionth, so the sum is 1 within one per outcome
        assertThat(sum).isBetween(Amounts.ONE - 4, Amounts.ONE + 4);
    }

    @Test
    void settings_refuseNonsense() {
        assertThatThrownBy(() -> ScenarioSettings.builder().standaloneMarkets(2).closes(3).build())
                .hasMessageContaining("cannot close 3 of 2");
        assertThatThrownBy(() -> ScenarioSettings.builder().informedShare(1.5).build())
                .hasMessageContaining("informedShare");
        assertThatThrownBy(() -> ScenarioSettings.builder().negRiskEvents(1).eventCloses(2).build())
                .hasMessageContaining("cannot close 2 of 1 negRisk events");
    }
}
