package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.SigningDomain;
import astra.simulator.matching.MarketSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class OrderEntryIT {
    private final SimHarness sim = new SimHarness();
    private final SimClient client = sim.client;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void placeThenCancel_withValidAuth_restsAndIsCancelled() {
        MarketSpec m = sim.plainMarket();
        // BUY 10 at 0.01: makerAmount = 10 × 0.01 = 0.1 pUSD = 100000, takerAmount = 10 tokens = 10000000.
        JsonObject body = client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m));
        assertThat(body.getJsonObject("order").getString("makerAmount")).isEqualTo("100000");

        HttpResponse<String> placed = client.post("/order", body.encode());
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(200);
        JsonObject answer = new JsonObject(placed.body());
        assertThat(answer.getBoolean("success")).isTrue();
        assertThat(answer.getString("status")).isEqualTo("live");
        String id = answer.getString("orderID");
        assertThat(id).startsWith("0x").hasSize(66);

        JsonObject page = new JsonObject(client.get("/data/orders?market=" + m.conditionId()).body());
        assertThat(page.getJsonArray("data")).hasSize(1);
        assertThat(page.getJsonArray("data").getJsonObject(0).getString("price")).isEqualTo("0.01");
        assertThat(page.getString("next_cursor")).isEqualTo("LTE=");
        assertThat(client.get("/data/order/" + id).statusCode()).isEqualTo(200);

        HttpResponse<String> cancel = client.delete("/order", new JsonObject().put("orderID", id).encode());
        assertThat(new JsonObject(cancel.body()).getJsonArray("canceled")).containsExactly(id);
        assertThat(new JsonObject(client.get("/data/orders").body()).getJsonArray("data")).isEmpty();
        HttpResponse<String> again = client.delete("/orders", new JsonArray().add(id).encode());
        assertThat(new JsonObject(again.body()).getJsonObject("not_canceled").getString(id)).isNotEmpty();
    }

    @Test
    void wrongHmacSecret_isRefusedWith401() {
        ApiKey forged = new ApiKey(SimHarness.TRADER.key(), "c29tZSBvdGhlciBzZWNyZXQgb2YgMzIgYnl0ZXMgbGVuZ3Ro",
                SimHarness.TRADER.passphrase(), SimHarness.TRADER.address());
        MarketSpec m = sim.plainMarket();
        String body = client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m)).encode();
        HttpResponse<String> r = client.send("POST", "/order", body, forged);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(new JsonObject(r.body()).getString("error")).isNotBlank();
        assertThat(client.send("GET", "/data/orders", "", null).statusCode()).isEqualTo(401);
    }

    @Test
    void tamperedOrSignedForTheWrongExchange_isRefusedAsInvalidSignature() {
        MarketSpec negRisk = sim.negRiskMarket();
        SigningDomain plainExchange = SigningDomain.forMarket(false, false);
        HttpResponse<String> wrongDomain = client.post("/order",
                client.order(negRisk.yesToken(), "BUY", 10_000, 10_000_000, "GTC", plainExchange).encode());
        assertThat(wrongDomain.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(wrongDomain.body()).getString("error")).isEqualTo("invalid signature");

        JsonObject tampered = client.order(negRisk.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(negRisk));
        tampered.getJsonObject("order").put("takerAmount", "20000000");
        assertThat(client.post("/order", tampered.encode()).statusCode()).isEqualTo(400);

        HttpResponse<String> right = client.post("/order",
                client.order(negRisk.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(negRisk)).encode());
        assertThat(right.statusCode()).as(right.body()).isEqualTo(200);
    }

    @Test
    void v1SignedOrder_isRefusedAsVersionMismatch() {
        MarketSpec m = sim.plainMarket();
        JsonObject v1 = client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m));
        v1.getJsonObject("order").put("nonce", "0").put("feeRateBps", "0").put("taker", "0x" + "0".repeat(40));
        HttpResponse<String> r = client.post("/order", v1.encode());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(r.body()).getString("error")).isEqualTo("order_version_mismatch");
    }

    @Test
    void batchOfSixteen_isRefusedWhole_andFifteenAreAccepted() {
        MarketSpec m = sim.plainMarket();
        JsonArray sixteen = new JsonArray();
        for (int i = 0; i < 16; i++) {
            sixteen.add(client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m)));
        }
        HttpResponse<String> refused = client.post("/orders", sixteen.encode());
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(new JsonObject(client.get("/data/orders").body()).getJsonArray("data")).isEmpty();

        sixteen.remove(15);
        HttpResponse<String> accepted = client.post("/orders", sixteen.encode());
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        assertThat(new JsonArray(accepted.body())).hasSize(15);
        assertThat(new JsonObject(client.get("/data/orders").body()).getJsonArray("data")).hasSize(15);
    }

    @Test
    void heartbeatsStop_ordersAreCancelledTenSecondsAfterTheLast() {
        MarketSpec m = sim.plainMarket();
        client.post("/order", client.order(m.yesToken(), "BUY", 10_000, 10_000_000, "GTC", sim.domainOf(m)).encode());
        String first = new JsonObject(client.post("/v1/heartbeats", "{}").body()).getString("heartbeat_id");
        sim.server.advanceBy(9_000);
        HttpResponse<String> wrong = client.post("/v1/heartbeats", new JsonObject().put("heartbeat_id", "nope").encode());
        assertThat(wrong.statusCode()).isEqualTo(400);
        String second = new JsonObject(client.post("/v1/heartbeats",
                new JsonObject().put("heartbeat_id", first).encode()).body()).getString("heartbeat_id");
        assertThat(second).isNotEqualTo(first);

        // 9 s after the second beat (18 s after the first): the first beat's deadline has passed, the second's not.
        sim.server.advanceBy(9_000);
        assertThat(new JsonObject(client.get("/data/orders").body()).getJsonArray("data")).hasSize(1);
        sim.server.advanceBy(1_000);
        assertThat(new JsonObject(client.get("/data/orders").body()).getJsonArray("data")).isEmpty();
    }

    @Test
    void crossingBuy_matchesTheMakersAsk() {
        MarketSpec m = sim.plainMarket();
        long ask = sim.crossingYesBuyMicros(m);
        HttpResponse<String> r = client.post("/order",
                client.order(m.yesToken(), "BUY", ask, 5_000_000, "FAK", sim.domainOf(m)).encode());
        JsonObject answer = new JsonObject(r.body());
        assertThat(answer.getString("status")).as(r.body()).isEqualTo("matched");
        assertThat(answer.getString("takingAmount")).isEqualTo("5");
        JsonObject trades = new JsonObject(client.get("/data/trades").body());
        assertThat(trades.getJsonArray("data")).hasSize(1);
        assertThat(trades.getJsonArray("data").getJsonObject(0).getString("trader_side")).isEqualTo("TAKER");
    }

    @Test
    void tradesAfterAndBefore_narrowByMatchTime_inclusiveOfTheirSecond() {
        MarketSpec m = sim.plainMarket();
        long ask = sim.crossingYesBuyMicros(m);
        client.post("/order", client.order(m.yesToken(), "BUY", ask, 5_000_000, "FAK", sim.domainOf(m)).encode());
        long matched = Long.parseLong(new JsonObject(client.get("/data/trades").body()).getJsonArray("data")
                .getJsonObject(0).getString("match_time"));

        assertThat(rows("/data/trades?after=" + matched)).as("the match's own second").hasSize(1);
        assertThat(rows("/data/trades?after=" + (matched + 1))).isEmpty();
        assertThat(rows("/data/trades?before=" + matched)).hasSize(1);
        assertThat(rows("/data/trades?before=" + (matched - 1))).isEmpty();
        assertThat(client.get("/data/trades?after=soon").statusCode()).isEqualTo(400);
    }

    private JsonArray rows(String path) {
        HttpResponse<String> r = client.get(path);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return new JsonObject(r.body()).getJsonArray("data");
    }
}
