package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** GET /book, POST /books, /midpoint and /ws/market show each book merged with its complement. */
@Timeout(60)
class MirroredBooksIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    /** A NO bid at 0.02 never crosses the crowd (it would need a YES bid at 0.98 or more). */
    private static final long NO_BID = Amounts.parse("0.02");
    private static final long YES_ASK = Amounts.ONE - NO_BID;

    private final SimHarness sim = new SimHarness();
    private WsProbe market;

    @AfterEach
    void stop() {
        if (market != null) {
            market.close();
        }
        sim.close();
    }

    @Test
    void noBid_showsAsYesAskInRestBooksAndInTheSnapshot_andItsCancelRemovesTheLevel() {
        MarketSpec m = sim.plainMarket();
        long before = levelSize(book(m.yesToken()).getJsonArray("asks"), YES_ASK);
        String orderId = new JsonObject(sim.client.post("/order",
                sim.client.order(m.noToken(), "BUY", NO_BID, 100_000_000, "GTC", sim.domainOf(m)).encode()).body())
                .getString("orderID");

        // GET /book and POST /books: the YES ask at 1 − 0.02 = 0.98 grew by the NO bid's 100 shares.
        assertThat(levelSize(book(m.yesToken()).getJsonArray("asks"), YES_ASK)).isEqualTo(before + 100_000_000);
        JsonArray books = new JsonArray(sim.client.post("/books",
                new JsonArray().add(new JsonObject().put("token_id", m.yesToken())).encode()).body());
        assertThat(levelSize(books.getJsonObject(0).getJsonArray("asks"), YES_ASK)).isEqualTo(before + 100_000_000);

        // The WebSocket snapshot says the same.
        market = new WsProbe(java.net.URI.create(sim.server.wsUri() + "/market"));
        market.send(new JsonObject().put("assets_ids", new JsonArray().add(m.yesToken())).put("type", "market")
                .put("custom_feature_enabled", true).encode());
        JsonObject snapshot = ChannelsIT.messages(market.await(f -> f.contains("\"book\""), WAIT)).get(0);
        assertThat(levelSize(snapshot.getJsonArray("asks"), YES_ASK)).isEqualTo(before + 100_000_000);

        // Cancelling the NO bid: a YES price_change on the ask side at 0.98 back to its former size.
        sim.client.delete("/order", new JsonObject().put("orderID", orderId).encode());
        JsonObject entry = yesAskChange(m, market.await(f -> f.contains("price_change") && f.contains(m.yesToken()), WAIT));
        assertThat(entry.getString("price")).isEqualTo("0.98");
        assertThat(Amounts.parse(entry.getString("size"))).isEqualTo(before);
        // Its best_bid/best_ask are the merged touch, as GET /book now shows it (best level last).
        JsonObject after = book(m.yesToken());
        assertThat(entry.getString("best_ask")).isEqualTo(best(after.getJsonArray("asks")));
        assertThat(entry.getString("best_bid")).isEqualTo(best(after.getJsonArray("bids")));
    }

    @Test
    void restBook_isTwoSidedAndMidpointAndBestBidAskUseTheMergedTouch() {
        MarketSpec m = sim.plainMarket();
        JsonObject yes = book(m.yesToken());
        JsonObject no = book(m.noToken());
        JsonArray yesBids = yes.getJsonArray("bids");
        JsonArray yesAsks = yes.getJsonArray("asks");

        // The crowd only BUYs, yet with mirroring both books show both sides.
        assertThat(yesBids).isNotEmpty();
        assertThat(yesAsks).isNotEmpty();
        long bestBid = Amounts.parse(yesBids.getJsonObject(yesBids.size() - 1).getString("price"));
        long bestAsk = Amounts.parse(yesAsks.getJsonObject(yesAsks.size() - 1).getString("price"));
        assertThat(bestBid).isLessThan(bestAsk);
        // The NO book is the YES book seen through 1 − p: NO best bid = 1 − YES best ask.
        JsonArray noBids = no.getJsonArray("bids");
        assertThat(Amounts.parse(noBids.getJsonObject(noBids.size() - 1).getString("price")))
                .isEqualTo(Amounts.ONE - bestAsk);

        JsonObject mid = new JsonObject(sim.client.publicGet("/midpoint?token_id=" + m.yesToken()).body());
        assertThat(Amounts.parse(mid.getString("mid"))).isEqualTo((bestBid + bestAsk) / 2);
    }

    private JsonObject book(String token) {
        return new JsonObject(sim.client.publicGet("/book?token_id=" + token).body());
    }

    private static String best(JsonArray levels) {
        return levels.getJsonObject(levels.size() - 1).getString("price");
    }

    private static long levelSize(JsonArray levels, long price) {
        for (int i = 0; i < levels.size(); i++) {
            JsonObject l = levels.getJsonObject(i);
            if (Amounts.parse(l.getString("price")) == price) {
                return Amounts.parse(l.getString("size"));
            }
        }
        return 0;
    }

    private static JsonObject yesAskChange(MarketSpec m, String frame) {
        List<JsonObject> messages = ChannelsIT.messages(frame);
        for (JsonObject msg : messages) {
            for (Object o : msg.getJsonArray("price_changes")) {
                JsonObject e = (JsonObject) o;
                if (e.getString("asset_id").equals(m.yesToken()) && e.getString("side").equals("SELL")) {
                    return e;
                }
            }
        }
        throw new AssertionError("no YES ask change in " + frame);
    }
}
