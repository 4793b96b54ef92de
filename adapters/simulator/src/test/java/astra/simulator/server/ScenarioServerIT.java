package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import astra.simulator.scenario.Scenario;
import astra.simulator.scenario.ScenarioFile;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A scenario file's fault drills run on the server's clock; the ground truth is readable over HTTP. */
@Timeout(60)
class ScenarioServerIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    /** The harness advances 10 s after start, so drills come later than that. */
    private static final String DRILLS = """
            markets: {standalone: 2, negRiskEvents: 1}
            takers: {perMinute: 0}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            faults:
              - {at: 15s, failRequests: {count: 1, status: 425}}
              - {at: 20s, silenceMarket: 10s}
              - {at: 40s, dropSockets: true}
            """;

    private static SimulatorConfig config(String yaml) {
        Scenario s = ScenarioFile.parse(yaml, "drills", "drills.yaml");
        return SimHarness.config(7).withScenario(s);
    }

    @Test
    void virtualTime_runsEachDrillWhenTheClockPassesIt() throws InterruptedException {
        try (SimHarness sim = new SimHarness(config(DRILLS))) {
            WsProbe market = new WsProbe(URI.create(sim.server.wsUri() + "/market"));
            assertThat(sim.client.publicGet("/time").statusCode()).isEqualTo(200);

            sim.server.advanceBy(5_000);   // 15 s: one forced 425
            assertThat(sim.client.publicGet("/time").statusCode()).isEqualTo(425);
            assertThat(sim.client.publicGet("/time").statusCode()).isEqualTo(200);

            sim.server.advanceBy(6_000);   // 21 s: silenced until 30 s
            assertThat(sim.server.faults().marketChannelSilenced()).isTrue();
            sim.server.advanceBy(10_000);  // 31 s
            assertThat(sim.server.faults().marketChannelSilenced()).isFalse();
            assertThat(market.awaitClosed(Duration.ofMillis(200))).isFalse();

            sim.server.advanceBy(10_000);  // 41 s: every socket dropped
            assertThat(market.awaitClosed(WAIT)).isTrue();
            assertThat(sim.server.faultDrillsRun()).isEqualTo(3);
        }
    }

    @Test
    void realTime_runsDrillsOnTheWallClock() {
        SimulatorConfig real = config("""
                markets: {standalone: 1, negRiskEvents: 0}
                closes: {standalone: 0, events: 0}
                faults:
                  - {at: 1s, failRequests: {count: 1, status: 503}}
                """).withTimeMode(TimeMode.REAL);
        try (SimulatorServer server = new SimulatorServer(real).start()) {
            SimClient client = new SimClient(server.baseUri(), SimHarness.TRADER);
            long deadline = System.nanoTime() + WAIT.toNanos();
            int status = 200;
            while (status != 503 && System.nanoTime() < deadline) {
                status = client.publicGet("/time").statusCode();
            }
            assertThat(status).isEqualTo(503);
            assertThat(server.faultDrillsRun()).isEqualTo(1);
        }
    }

    @Test
    void fairValueEndpoint_answersTheHiddenValue_andMatchesThePublicApi() {
        try (SimHarness sim = new SimHarness()) {
            MarketSpec m = sim.plainMarket();
            long ts = sim.server.startMillis() + 5_000;

            JsonObject yes = new JsonObject(sim.client.publicGet("/_sim/fair-value?token_id=" + m.yesToken() + "&ts=" + ts).body());
            JsonObject no = new JsonObject(sim.client.publicGet("/_sim/fair-value?token_id=" + m.noToken() + "&ts=" + ts).body());

            long yesValue = Amounts.parse(yes.getString("fair_value"));
            assertThat(yesValue).isEqualTo(sim.server.fairValueAt(m.yesToken(), ts)).isBetween(1L, Amounts.ONE - 1);
            // YES and NO values are complements, exactly
            assertThat(Amounts.parse(no.getString("fair_value"))).isEqualTo(Amounts.ONE - yesValue);
            assertThat(yes.getLong("ts")).isEqualTo(ts);

            HttpResponse<String> unknown = sim.client.publicGet("/_sim/fair-value?token_id=123&ts=" + ts);
            assertThat(unknown.statusCode()).isEqualTo(404);
            assertThat(sim.client.publicGet("/_sim/fair-value?ts=" + ts).statusCode()).isEqualTo(400);
            assertThat(sim.client.publicGet("/_sim/fair-value?token_id=" + m.yesToken() + "&ts=soon").statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void resolutionsAndCounts_followTheRun() {
        SimulatorConfig closing = config("""
                markets: {standalone: 2, negRiskEvents: 1, outcomesPerEvent: 3}
                takers: {perMinute: 30}
                closes: {standalone: 0, at: [20s], events: 1, window: {from: 0.1, to: 0.2}}
                run: {duration: 2m}
                """);
        try (SimHarness sim = new SimHarness(closing)) {
            MarketSpec m = sim.plainMarket();
            long price = sim.crossingYesBuyMicros(m);
            sim.client.post("/order", sim.client.order(m.yesToken(), "BUY", price, 5_000_000, "FAK", sim.domainOf(m)).encode());
            sim.server.advanceBy(60_000);

            // one standalone close at 20 s, one event of 3 outcomes in [12 s, 24 s)
            assertThat(sim.server.resolutions()).hasSize(1 + 3);
            JsonArray wire = new JsonArray(sim.client.publicGet("/_sim/resolutions").body());
            assertThat(wire).hasSize(4);
            // Gamma's endDate of a market the run closes is its scheduled close time.
            var first = sim.server.resolutions().get(0);
            JsonObject gamma = new JsonArray(sim.client.publicGet("/markets?condition_ids=" + first.conditionId()).body())
                    .getJsonObject(0);
            assertThat(gamma.getString("endDate")).isEqualTo(java.time.Instant.ofEpochMilli(first.atMillis()).toString());
            assertThat(gamma.getBoolean("closed")).isTrue();
            assertThat(sim.server.fairValueAt(sim.server.resolutions().get(0).winningToken(), sim.server.startMillis() + 59_000))
                    .isEqualTo(Amounts.ONE);

            var counts = sim.server.counts();
            assertThat(counts.traderOrders()).isEqualTo(1);
            assertThat(counts.traderTrades()).isEqualTo(1);
            assertThat(counts.tradesMatched()).isGreaterThan(counts.traderTrades());
            assertThat(counts.ordersAccepted()).isGreaterThan(counts.tradesMatched());
            JsonObject wireCounts = new JsonObject(sim.client.publicGet("/_sim/counts").body());
            assertThat(wireCounts.getLong("trader_trades")).isEqualTo(1);
        }
    }
}
