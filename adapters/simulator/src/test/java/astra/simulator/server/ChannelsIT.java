package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class ChannelsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Path FIXTURES = Path.of(System.getProperty("astra.shared.dir", "../../../shared"),
            "fixtures", "polymarket");

    private final SimHarness sim = new SimHarness();
    private final List<WsProbe> probes = new ArrayList<>();

    @AfterEach
    void stop() {
        probes.forEach(WsProbe::close);
        sim.close();
    }

    @Test
    void marketSubscription_getsBookSnapshotShapedLikeTheVenuesCapture() throws IOException {
        MarketSpec m = sim.plainMarket();
        WsProbe market = probe("/market");
        market.send(new JsonObject().put("assets_ids", new JsonArray().add(m.noToken())).put("type", "market")
                .put("custom_feature_enabled", true).encode());
        JsonObject book = messages(market.await(f -> f.contains("\"book\""), WAIT)).get(0);

        JsonObject fixture = new JsonObject(Files.readString(FIXTURES.resolve("ws_market/nt_book_snapshot_real.json")));
        assertThat(book.fieldNames()).containsAll(fixture.fieldNames());
        assertThat(book.getString("asset_id")).isEqualTo(m.noToken());
        JsonArray bids = book.getJsonArray("bids");
        assertThat(bids.size()).isGreaterThan(1);
        // Prices and sizes are decimal strings; the best bid is the LAST element, so prices ascend.
        for (int i = 1; i < bids.size(); i++) {
            assertThat(Amounts.parse(bids.getJsonObject(i).getString("price")))
                    .isGreaterThan(Amounts.parse(bids.getJsonObject(i - 1).getString("price")));
        }
        assertThat(bids.getJsonObject(0).getValue("size")).isInstanceOf(String.class);

        market.send("PING");
        market.await("PONG"::equals, WAIT);

        // A resting order far from the touch adds a level: one price_change in the current schema.
        sim.client.post("/order", sim.client.order(m.noToken(), "BUY", 10_000, 7_000_000, "GTC", sim.domainOf(m)).encode());
        JsonObject change = messages(market.await(f -> f.contains("price_change"), WAIT)).get(0);
        JsonObject docs = new JsonObject(Files.readString(FIXTURES.resolve("ws_market/docs_price_change_new_schema_since_2025-09-15.json")));
        assertThat(change.fieldNames()).containsExactlyInAnyOrderElementsOf(docs.fieldNames());
        JsonObject entry = change.getJsonArray("price_changes").getJsonObject(0);
        assertThat(entry.fieldNames()).containsExactlyInAnyOrderElementsOf(
                docs.getJsonArray("price_changes").getJsonObject(0).fieldNames());
        assertThat(entry.getString("price")).isEqualTo("0.01");
        assertThat(entry.getString("size")).isEqualTo("7");
    }

    @Test
    void userChannel_getsOrderAndTradeMessagesThroughTheLifecycle() throws IOException {
        MarketSpec m = sim.plainMarket();
        WsProbe user = probe("/user");
        user.send(new JsonObject().put("auth", new JsonObject().put("apiKey", SimHarness.TRADER.key())
                .put("secret", SimHarness.TRADER.secret()).put("passphrase", SimHarness.TRADER.passphrase()))
                .put("markets", new JsonArray()).put("type", "user").encode());
        user.send("PING");
        user.await("PONG"::equals, WAIT);

        long price = sim.crossingYesBuyMicros(m);
        sim.client.post("/order", sim.client.order(m.yesToken(), "BUY", price, 5_000_000, "GTC", sim.domainOf(m)).encode());
        JsonObject order = new JsonObject(user.await(f -> f.contains("\"event_type\":\"order\""), WAIT));
        JsonObject orderFixture = new JsonObject(Files.readString(FIXTURES.resolve("ws_user/nt_order_placement_real.json")));
        assertThat(order.fieldNames()).containsAll(orderFixture.fieldNames());
        assertThat(order.getString("owner")).isEqualTo(SimHarness.TRADER.key());

        JsonObject trade = new JsonObject(user.await(f -> f.contains("\"event_type\":\"trade\""), WAIT));
        JsonObject tradeFixture = new JsonObject(Files.readString(FIXTURES.resolve("ws_user/nt_user_trade2.json")));
        assertThat(trade.fieldNames()).containsAll(tradeFixture.fieldNames());
        assertThat(trade.getString("status")).isEqualTo("MATCHED");
        assertThat(trade.getString("trader_side")).isEqualTo("TAKER");
        assertThat(trade.getJsonArray("maker_orders")).isNotEmpty();

        // Default settlement: MINED 2 s after the match, CONFIRMED 10 s after that.
        sim.server.advanceBy(2_000);
        user.await(f -> f.contains("\"status\":\"MINED\""), WAIT);
        sim.server.advanceBy(10_000);
        user.await(f -> f.contains("\"status\":\"CONFIRMED\""), WAIT);
        // The maker's own order update and its MAKER view of the trade belong to the maker's account.
        assertThat(user.frames()).noneMatch(f -> f.contains("\"order_owner\":\"mm-") || f.contains("\"trader_side\":\"MAKER\""));
    }

    @Test
    void userChannel_onceAuthenticated_takesLaterOperationsWithoutAuth_andStaysOpen() {
        List<MarketSpec> plain = sim.markets().stream().filter(m -> !m.negRisk()).toList();
        MarketSpec first = plain.get(0);
        MarketSpec second = plain.get(1);
        WsProbe user = probe("/user");
        user.send(auth(SimHarness.TRADER.secret()).put("markets", new JsonArray().add(first.conditionId()))
                .put("type", "user").encode());
        user.send(new JsonObject().put("markets", new JsonArray().add(second.conditionId())).put("operation", "subscribe").encode());
        user.send(new JsonObject().put("markets", new JsonArray().add(first.conditionId())).put("operation", "unsubscribe").encode());
        user.send("PING");
        user.await("PONG"::equals, WAIT);

        // Far from the touch (0.01): each order only rests, and says so on the user channel.
        restingBuy(first);
        restingBuy(second);
        user.await(f -> f.contains("\"event_type\":\"order\"") && f.contains(second.conditionId()), WAIT);
        user.send("PING");
        user.await(f -> user.frames().stream().filter("PONG"::equals).count() == 2, WAIT);
        assertThat(user.frames()).as("unsubscribed").noneMatch(f -> f.contains(first.conditionId()));
    }

    @Test
    void userChannel_operationBeforeAuthentication_closesTheSocket() throws InterruptedException {
        WsProbe user = probe("/user");
        user.send(new JsonObject().put("markets", new JsonArray().add(sim.plainMarket().conditionId()))
                .put("operation", "subscribe").encode());
        assertThat(user.awaitClosed(WAIT)).isTrue();
    }

    @Test
    void userChannel_withBadCredentials_isClosed() throws InterruptedException {
        WsProbe user = probe("/user");
        user.send(new JsonObject().put("auth", new JsonObject().put("apiKey", SimHarness.TRADER.key())
                .put("secret", "wrong").put("passphrase", SimHarness.TRADER.passphrase())).put("type", "user").encode());
        assertThat(user.awaitClosed(WAIT)).isTrue();
    }

    @Test
    void recordedFrameFile_isReplayedOntoTheMarketChannel(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        JsonObject tick = new JsonObject(Files.readString(FIXTURES.resolve("ws_market/nt_tick_size_change_real.json")));
        JsonObject last = new JsonObject(Files.readString(FIXTURES.resolve("ws_market/nt_last_trade_price_real.json")));
        Path file = dir.resolve("frames.jsonl");
        Files.writeString(file, tick.encode() + "\n" + last.encode() + "\n");
        WsProbe market = probe("/market");
        market.send(new JsonObject().put("assets_ids", new JsonArray().add(tick.getString("asset_id"))).put("type", "market").encode());
        market.send("PING");
        market.await("PONG"::equals, WAIT);

        sim.server.replay(file);
        market.await(f -> f.equals(tick.encode()), WAIT);
        market.send("PING");
        market.await(f -> market.frames().stream().filter("PONG"::equals).count() == 2, WAIT);
        // The last-trade frame is for another asset: not delivered to this subscription.
        assertThat(market.frames()).doesNotContain(last.encode());
    }

    private static JsonObject auth(String secret) {
        return new JsonObject().put("auth", new JsonObject().put("apiKey", SimHarness.TRADER.key())
                .put("secret", secret).put("passphrase", SimHarness.TRADER.passphrase()));
    }

    private void restingBuy(MarketSpec m) {
        sim.client.post("/order", sim.client.order(m.yesToken(), "BUY", 10_000, 7_000_000, "GTC", sim.domainOf(m)).encode());
    }

    private WsProbe probe(String channel) {
        WsProbe p = new WsProbe(java.net.URI.create(sim.server.wsUri() + channel));
        probes.add(p);
        return p;
    }

    /** A frame is one JSON object or an array of them, as the venue's docs describe. */
    static List<JsonObject> messages(String frame) {
        Object parsed = Json.decodeValue(frame);
        List<JsonObject> out = new ArrayList<>();
        if (parsed instanceof JsonArray a) {
            a.forEach(o -> out.add((JsonObject) o));
        } else {
            out.add((JsonObject) parsed);
        }
        return out;
    }
}
