package astra.simulator.http;

import astra.simulator.auth.ApiKey;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueThread;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads: public market data (/book, POST /books, /midpoint, /tick-size, /neg-risk, /fee-rate,
 * /time, /version) and, behind L2, the account's /data/orders, /data/order/{id}, /data/trades
 * and /balance-allowance.
 */
final class ReadRoutes {
    /** What GET /version answers: the CLOB generation the simulator speaks. */
    static final int CLOB_VERSION = 2;

    private final VenueThread thread;
    private final HostedVenue venue;
    private final MarketReads market;
    private final AccountReads account;
    private final L2Gate gate;

    ReadRoutes(VenueThread thread, HostedVenue venue, L2Gate gate) {
        this.thread = thread;
        this.venue = venue;
        this.market = thread.await(() -> new MarketReads(venue));
        this.account = new AccountReads(venue);
        this.gate = gate;
    }

    void mount(Router router) {
        router.get("/book").handler(ctx -> {
            String token = param(ctx, "token_id");
            venue(ctx, () -> market.book(token));
        });
        router.post("/books").handler(ctx -> {
            List<String> tokens = new ArrayList<>();
            Replies.parsed(() -> ctx.body().asJsonArray())
                    .forEach(o -> tokens.add(((JsonObject) o).getString("token_id")));
            venue(ctx, () -> {
                JsonArray out = new JsonArray();
                tokens.forEach(t -> out.add(market.book(t)));
                return out;
            });
        });
        router.get("/midpoint").handler(ctx -> {
            String token = param(ctx, "token_id");
            venue(ctx, () -> market.midpoint(token));
        });
        router.get("/tick-size").handler(ctx -> {
            String token = param(ctx, "token_id");
            venue(ctx, () -> market.tickSize(token));
        });
        router.get("/neg-risk").handler(ctx -> {
            String token = param(ctx, "token_id");
            venue(ctx, () -> market.negRisk(token));
        });
        router.get("/fee-rate").handler(ctx -> {
            String token = param(ctx, "token_id");
            venue(ctx, () -> market.feeRate(token));
        });
        router.get("/time").handler(ctx -> venue(ctx, () -> Long.toString(venue.nowMillis() / 1000)));
        router.get("/version").handler(ctx -> Replies.json(ctx, 200, new JsonObject().put("version", CLOB_VERSION).encode()));

        router.get("/data/orders").handler(gate).handler(ctx -> {
            ApiKey key = L2Gate.keyOf(ctx);
            Filter f = Filter.of(ctx);
            venue(ctx, () -> account.openOrders(key, f.market(), f.asset(), f.id(), f.cursor()));
        });
        router.get("/data/order/:id").handler(gate).handler(ctx -> {
            ApiKey key = L2Gate.keyOf(ctx);
            String id = ctx.pathParam("id");
            venue(ctx, () -> account.order(key, id));
        });
        router.get("/data/trades").handler(gate).handler(ctx -> {
            ApiKey key = L2Gate.keyOf(ctx);
            Filter f = Filter.of(ctx);
            venue(ctx, () -> account.trades(key, f.market(), f.asset(), f.id(), param(ctx, "after"),
                    param(ctx, "before"), f.cursor()));
        });
        router.get("/balance-allowance").handler(gate).handler(ctx -> {
            ApiKey key = L2Gate.keyOf(ctx);
            String type = param(ctx, "asset_type");
            String token = param(ctx, "token_id");
            venue(ctx, () -> account.balanceAllowance(key, type, token));
        });
    }

    private <T> void venue(RoutingContext ctx, java.util.function.Supplier<T> work) {
        Replies.fromVenue(ctx, thread.call(() -> {
            T result = work.get();
            return result instanceof JsonObject o ? o.encode() : result instanceof JsonArray a ? a.encode() : result;
        }));
    }

    /** The filters and cursor of a /data read, taken on the HTTP thread. */
    private record Filter(String market, String asset, String id, String cursor) {
        static Filter of(RoutingContext ctx) {
            return new Filter(param(ctx, "market"), param(ctx, "asset_id"), param(ctx, "id"), param(ctx, "next_cursor"));
        }
    }

    static String param(RoutingContext ctx, String name) {
        String v = ctx.request().getParam(name);
        return v == null || v.isEmpty() ? null : v;
    }
}
