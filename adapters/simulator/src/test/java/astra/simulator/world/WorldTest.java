package astra.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.event.MarketResolved;
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
    private static final ScenarioSettings SHORT = ScenarioSettings.defaults().withDuration(20 * 60_000L);

    /** One full default run, shared by the tests that only read it. */
    private static World full;
    private static List<VenueEvent> fullEvents;

    @BeforeAll
    static void runDefaultWorld() {
        full = World.create(7, ScenarioSettings.defaults());
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

        // seed 7 gives about 100 informed trades at +0.05 per share (t ≈ 9) and about 3,800 noise
        // trades at −0.019 (t ≈ −49): the bounds leave a wide margin on both.
        assertThat(informed.trades()).as("informed %s", informed).isGreaterThanOrEqualTo(40);
        assertThat(informed.perShare()).as("informed %s", informed).isGreaterThan(0.02);
        assertThat(informed.tStatistic()).as("informed %s", informed).isGreaterThan(4);
        assertThat(noise.perShare()).as("noise %s", noise).isLessThan(-0.01);
        assertThat(noise.tStatistic()).as("noise %s", noise).isLessThan(-10);
    }

    @Test
    void run_closesAndRetickesMarkets_failsSomeTrades_andRefusesNothing() {
        ScenarioSettings s = ScenarioSettings.defaults();
        assertThat(fullEvents).filteredOn(MarketResolved.class::isInstance).hasSize(s.closes());
        // one tick_size_change per token, two tokens per market
        assertThat(fullEvents).filteredOn(TickSizeChange.class::isInstance).hasSize(2 * s.tickChanges());
        assertThat(fullEvents).filteredOn(e -> e instanceof TradeEvent t && t.status() == TradeStatus.FAILED)
                .isNotEmpty();
        assertThat(full.rejections()).isEmpty();
        assertThat(full.markets()).hasSize(s.marketCount());
        assertThat(full.markets().stream().filter(WorldMarket::negRisk).count())
                .isEqualTo((long) s.negRiskEvents() * s.outcomesPerEvent());
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
        ScenarioSettings d = ScenarioSettings.defaults();
        assertThatThrownBy(() -> new ScenarioSettings(2, 0, 4, d.durationMillis(), d.stepMillis(), 0.3, 1, 0.5,
                0, 10_000, 1, 3, 60, 3, 0.3, 0.9, 0.02, 40, 3, 0, 0, 0))
                .hasMessageContaining("cannot close 3 of 2");
        assertThatThrownBy(() -> new ScenarioSettings(2, 0, 4, d.durationMillis(), d.stepMillis(), 0.3, 1, 0.5,
                0, 10_000, 1, 3, 60, 3, 1.5, 0.9, 0.02, 40, 0, 0, 0, 0))
                .hasMessageContaining("informedShare");
    }
}
