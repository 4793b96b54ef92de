package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.matching.MarketSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ReadsIT {
    private static final Path GAMMA = Path.of(System.getProperty("astra.shared.dir", "../../../shared"),
            "fixtures", "polymarket", "gamma");

    private final SimHarness sim = new SimHarness();
    private final SimClient client = sim.client;

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void gammaMarkets_carryTheFieldsAstraReads_typedAsGammaTypesThem() throws IOException {
        MarketSpec negRisk = sim.negRiskMarket();
        JsonArray markets = new JsonArray(client.publicGet("/markets?condition_ids=" + negRisk.conditionId()).body());
        assertThat(markets).hasSize(1);
        JsonObject m = markets.getJsonObject(0);
        JsonObject fixture = new JsonArray(Files.readString(GAMMA.resolve("nt_gamma_event_negrisk.json")))
                .getJsonObject(0).getJsonArray("markets").getJsonObject(0);
        for (String field : new String[] {"conditionId", "clobTokenIds", "outcomes", "negRisk", "negRiskMarketID",
            "endDate", "closed", "active", "acceptingOrders", "orderPriceMinTickSize", "orderMinSize",
            "rewardsMinSize", "rewardsMaxSpread", "feesEnabled"}) {
            assertThat(m.getValue(field)).as(field).isNotNull();
            assertThat(m.getValue(field).getClass()).as(field).isEqualTo(fixture.getValue(field).getClass());
        }
        assertThat(new JsonArray(m.getString("clobTokenIds"))).containsExactly(negRisk.yesToken(), negRisk.noToken());
        assertThat(m.getJsonObject("feeSchedule").fieldNames()).contains("exponent", "rate", "rebateRate", "takerOnly");
        assertThat(m.containsKey("version")).isFalse();
        assertThat(new JsonArray(client.publicGet("/events").body()).stream()
                .anyMatch(e -> ((JsonObject) e).getBoolean("negRisk"))).isTrue();
    }

    @Test
    void balanceRpcAndPositions_followTheTrade() {
        MarketSpec m = sim.plainMarket();
        JsonObject before = new JsonObject(client.get("/balance-allowance?asset_type=COLLATERAL").body());
        // Funded with 100,000 pUSD = 100000000000 in 1e-6 units.
        assertThat(before.getString("balance")).isEqualTo("100000000000");

        long price = sim.crossingYesBuyMicros(m);
        client.post("/order", client.order(m.yesToken(), "BUY", price, 5_000_000, "FAK", sim.domainOf(m)).encode());
        sim.server.advanceBy(2_000);
        JsonObject tokens = new JsonObject(client.get("/balance-allowance?asset_type=CONDITIONAL&token_id=" + m.yesToken()).body());
        assertThat(tokens.getString("balance")).isEqualTo("5000000");

        JsonArray positions = new JsonArray(client.publicGet("/positions?user=" + SimHarness.TRADER.address()).body());
        assertThat(positions).hasSize(1);
        assertThat(positions.getJsonObject(0).getString("asset")).isEqualTo(m.yesToken());

        String data = "0x70a08231" + "0".repeat(24) + SimHarness.TRADER.address().substring(2);
        JsonObject call = new JsonObject().put("jsonrpc", "2.0").put("id", 1).put("method", "eth_call")
                .put("params", new JsonArray().add(new JsonObject()
                        .put("to", "0xC011a7E12a19f7B1f670d46F03B03f3342E82DFB").put("data", data)).add("latest"));
        String hex = new JsonObject(client.send("POST", "/rpc", call.encode(), null).body()).getString("result");
        long pusdAfter = Long.parseLong(client.get("/balance-allowance?asset_type=COLLATERAL").body()
                .replaceAll(".*\"balance\":\"(\\d+)\".*", "$1"));
        assertThat(new java.math.BigInteger(hex.substring(2), 16).longValueExact()).isEqualTo(pusdAfter);
        assertThat(pusdAfter).isLessThan(100_000_000_000L);
        JsonObject chain = new JsonObject(client.send("POST", "/rpc",
                new JsonObject().put("id", 2).put("method", "eth_chainId").encode(), null).body());
        assertThat(chain.getString("result")).isEqualTo("0x89");
    }

    @Test
    void publicReads_answerInTheVenuesShapes() {
        MarketSpec m = sim.plainMarket();
        assertThat(new JsonObject(client.publicGet("/tick-size?token_id=" + m.yesToken()).body())
                .getValue("minimum_tick_size").toString()).isEqualTo("0.01");
        assertThat(new JsonObject(client.publicGet("/neg-risk?token_id=" + m.yesToken()).body()).getBoolean("neg_risk")).isFalse();
        // Default fee rate 0.03 = 300 bps.
        assertThat(new JsonObject(client.publicGet("/fee-rate?token_id=" + m.yesToken()).body()).getString("base_fee")).isEqualTo("300");
        // World start 1767225600 s plus the harness's 10 s.
        assertThat(client.publicGet("/time").body()).isEqualTo("1767225610");
        assertThat(client.publicGet("/book?token_id=123").statusCode()).isEqualTo(404);
        JsonArray books = new JsonArray(client.send("POST", "/books",
                new JsonArray().add(new JsonObject().put("token_id", m.yesToken())).encode(), null).body());
        assertThat(books.getJsonObject(0).getString("asset_id")).isEqualTo(m.yesToken());
    }

    @Test
    void realTime_followsTheWall_andRefusesManualAdvance() throws InterruptedException {
        try (SimulatorServer real = new SimulatorServer(SimHarness.config(3).withTimeMode(TimeMode.REAL)).start()) {
            long first = real.<Long>onVenue(v -> v.nowMillis());
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (real.<Long>onVenue(v -> v.nowMillis()) < first + 300 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            long now = real.<Long>onVenue(v -> v.nowMillis());
            assertThat(now).isGreaterThanOrEqualTo(first + 300);
            assertThatThrownBy(() -> real.advanceBy(1_000)).isInstanceOf(IllegalStateException.class);
        }
    }
}
