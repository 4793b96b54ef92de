package astra.simulator.http;

import astra.simulator.auth.ApiKey;
import astra.simulator.fault.Faults;
import astra.simulator.fault.LostResponse;
import astra.simulator.host.VenueThread;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** POST /order, POST /orders, DELETE /order, /orders, /cancel-all, /cancel-market-orders. */
final class OrderRoutes {
    /** The venue takes at most this many orders in one POST /orders. */
    static final int MAX_BATCH = 15;

    private final VenueThread thread;
    private final OrderDesk desk;
    private final Faults faults;
    private final L2Gate gate;

    OrderRoutes(VenueThread thread, OrderDesk desk, Faults faults, L2Gate gate) {
        this.thread = thread;
        this.desk = desk;
        this.faults = faults;
        this.gate = gate;
    }

    void mount(Router router) {
        router.post("/order").handler(gate).handler(this::postOrder);
        router.post("/orders").handler(gate).handler(this::postOrders);
        router.delete("/order").handler(gate).handler(ctx -> {
            String id = Replies.parsed(() -> ctx.body().asJsonObject().getString("orderID"));
            if (id == null) {
                throw VenueError.badRequest("orderID is missing");
            }
            ApiKey key = L2Gate.keyOf(ctx);
            Replies.fromVenue(ctx, thread.call(() -> desk.cancel(key, List.of(id))));
        });
        router.delete("/orders").handler(gate).handler(ctx -> {
            List<String> ids = new ArrayList<>();
            Replies.parsed(() -> ctx.body().asJsonArray()).forEach(id -> ids.add(String.valueOf(id)));
            ApiKey key = L2Gate.keyOf(ctx);
            Replies.fromVenue(ctx, thread.call(() -> desk.cancel(key, ids)));
        });
        router.delete("/cancel-all").handler(gate).handler(ctx -> {
            ApiKey key = L2Gate.keyOf(ctx);
            Replies.fromVenue(ctx, thread.call(() -> desk.cancelAll(key)));
        });
        router.delete("/cancel-market-orders").handler(gate).handler(ctx -> {
            JsonObject body = Replies.parsed(() -> ctx.body().asJsonObject());
            String market = body == null ? "" : body.getString("market", "");
            Optional<String> asset = Optional.ofNullable(body == null ? null : body.getString("asset_id"))
                    .filter(s -> !s.isEmpty());
            ApiKey key = L2Gate.keyOf(ctx);
            Replies.fromVenue(ctx, thread.call(() -> desk.cancelMarket(key, market, asset)));
        });
    }

    private void postOrder(RoutingContext ctx) {
        PostedOrder order = Replies.parsed(() -> PostedOrder.parse(ctx.body().asJsonObject()));
        ApiKey key = L2Gate.keyOf(ctx);
        answerPlaced(ctx, thread.call(() -> desk.post(key, order)));
    }

    private void postOrders(RoutingContext ctx) {
        JsonArray body = Replies.parsed(() -> ctx.body().asJsonArray());
        if (body == null || body.isEmpty()) {
            throw VenueError.badRequest("Invalid order payload: no orders");
        }
        if (body.size() > MAX_BATCH) {
            throw VenueError.badRequest("Too many orders in payload, max allowed: " + MAX_BATCH);
        }
        List<PostedOrder> orders = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonObject entry = Replies.parsed(body::getJsonObject, i);
            orders.add(PostedOrder.parse(entry));
        }
        ApiKey key = L2Gate.keyOf(ctx);
        answerPlaced(ctx, thread.call(() -> desk.postBatch(key, orders)));
    }

    /**
     * Answers a placement, unless a lost-answer fault is armed: then the order stands on the venue
     * but the client sees its connection closed, or a 500, and must find the order by its hash.
     */
    private void answerPlaced(RoutingContext ctx, java.util.concurrent.CompletableFuture<?> placed) {
        Context context = Vertx.currentContext();
        placed.whenComplete((result, failure) -> context.runOnContext(v -> {
            if (failure != null) {
                Replies.error(ctx, failure);
                return;
            }
            Optional<LostResponse> lost = faults.takeLostResponse();
            if (lost.isEmpty()) {
                Replies.json(ctx, 200, result);
            } else if (lost.get() == LostResponse.CLOSE_CONNECTION) {
                ctx.request().connection().close();
            } else {
                Replies.json(ctx, 500, new JsonObject().put("error", "Internal server error").encode());
            }
        }));
    }
}
