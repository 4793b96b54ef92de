package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.fault.LostResponse;
import astra.simulator.matching.MarketSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class FaultsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final SimHarness sim = new SimHarness();
    private final SimClient client = sim.client;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void forcedFailures_answerTheNextRequestsThenStop() {
        sim.server.faults().failNextRequests(2, 425);
        assertThat(client.publicGet("/time").statusCode()).isEqualTo(425);
        HttpResponse<String> second = client.publicGet("/time");
        assertThat(second.statusCode()).isEqualTo(425);
        assertThat(new JsonObject(second.body()).getString("error")).isNotBlank();
        assertThat(client.publicGet("/time").statusCode()).isEqualTo(200);
    }

    @Test
    void adminEndpoint_setsTheSameKnobs() {
        HttpResponse<String> set = client.send("POST", "/_sim/faults",
                new JsonObject().put("failNext", new JsonObject().put("count", 1).put("status", 503)).encode(), null);
        assertThat(set.statusCode()).isEqualTo(200);
        assertThat(client.publicGet("/version").statusCode()).isEqualTo(503);
        assertThat(client.publicGet("/version").statusCode()).isEqualTo(200);
    }

    @Test
    void delayedResponses_takeAtLeastTheDelay() {
        sim.server.faults().delayResponses(400);
        long start = System.nanoTime();
        assertThat(client.publicGet("/time").statusCode()).isEqualTo(200);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(400);
    }

    @Test
    void lostAnswer_byClosedConnection_leavesTheOrderOnTheVenue() {
        MarketSpec m = sim.plainMarket();
        sim.server.faults().loseNextOrderResponses(1, LostResponse.CLOSE_CONNECTION);
        String body = client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m)).encode();
        assertThatThrownBy(() -> client.post("/order", body)).isInstanceOf(UncheckedIOException.class);
        assertThat(new JsonObject(client.get("/data/orders").body()).getJsonArray("data")).hasSize(1);
    }

    @Test
    void lostAnswer_asServerError_leavesTheOrderOnTheVenue() {
        MarketSpec m = sim.plainMarket();
        sim.server.faults().loseNextOrderResponses(1, LostResponse.SERVER_ERROR);
        HttpResponse<String> r = client.post("/order",
                client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m)).encode());
        assertThat(r.statusCode()).isEqualTo(500);
        JsonArray open = new JsonObject(client.get("/data/orders").body()).getJsonArray("data");
        assertThat(open).hasSize(1);
        // Found by its id (the order hash), as a client resolving an ambiguous submit would.
        assertThat(client.get("/data/order/" + open.getJsonObject(0).getString("id")).statusCode()).isEqualTo(200);
    }

    @Test
    void silencedMarketChannel_sendsNoDataButStillAnswersPing() {
        MarketSpec m = sim.plainMarket();
        WsProbe market = new WsProbe(URI.create(sim.server.wsUri() + "/market"));
        try {
            market.send(new JsonObject().put("assets_ids", new JsonArray().add(m.yesToken())).put("type", "market").encode());
            market.await(f -> f.contains("\"book\""), WAIT);
            sim.server.faults().silenceMarketChannel(true);
            client.post("/order", client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m)).encode());
            market.send("PING");
            market.await("PONG"::equals, WAIT);
            assertThat(market.frames()).noneMatch(f -> f.contains("price_change"));

            sim.server.faults().silenceMarketChannel(false);
            client.post("/order", client.order(m.yesToken(), "BUY", 20_000, 10_000_000, "GTC", sim.domainOf(m)).encode());
            market.await(f -> f.contains("price_change"), WAIT);
        } finally {
            market.close();
        }
    }

    @Test
    void droppedSockets_areClosedByTheServer() throws InterruptedException {
        WsProbe market = new WsProbe(URI.create(sim.server.wsUri() + "/market"));
        market.send("PING");
        market.await("PONG"::equals, WAIT);
        sim.server.faults().dropAllSockets();
        assertThat(market.awaitClosed(WAIT)).isTrue();
    }

    @Test
    void burstOverTheEndpointLimit_isAnswered429() {
        sim.close();
        SimulatorConfig tight = SimHarness.config(7).withRateLimits(
                new astra.simulator.http.RateLimits(java.util.Map.of("GET /book", 2), 1_000));
        try (SimHarness limited = new SimHarness(tight)) {
            String token = limited.plainMarket().yesToken();
            int refused = 0;
            for (int i = 0; i < 5; i++) {
                refused += limited.client.publicGet("/book?token_id=" + token).statusCode() == 429 ? 1 : 0;
            }
            // Two allowed per 10 s window: five calls put at least three in one window even if it turns.
            assertThat(refused).isBetween(1, 3);
        }
    }
}
