package astra.simulator.http;

import astra.simulator.fault.Faults;
import astra.simulator.fault.LostResponse;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueCounters;
import astra.simulator.host.VenueThread;
import astra.simulator.matching.Amounts;
import astra.simulator.world.Resolution;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The simulator's own controls and ground truth (no venue counterpart), under {@value #PREFIX}:
 * POST /_sim/faults sets fault knobs, POST /_sim/advance moves virtual time, GET
 * /_sim/fair-value?token_id=…&amp;ts=… answers the hidden value of a token at ts (epoch millis; now
 * if absent) as {@code {"token_id", "ts", "fair_value"}}, GET /_sim/resolutions lists resolved
 * markets and GET /_sim/counts the venue's counters. Fault body, every field optional:
 * {@code {"clear": true, "dropSockets": true, "silenceMarket": true, "delayMillis": 250,
 * "failNext": {"count": 3, "status": 503}, "loseOrderResponses": {"count": 1, "how":
 * "CLOSE_CONNECTION"|"SERVER_ERROR"}}}.
 */
public final class AdminRoutes {
    public static final String PREFIX = "/_sim";

    private final Faults faults;
    private final LongConsumer advanceBy;
    private final VenueThread thread;
    private final HostedVenue venue;

    AdminRoutes(Faults faults, LongConsumer advanceBy, VenueThread thread, HostedVenue venue) {
        this.faults = faults;
        this.advanceBy = advanceBy;
        this.thread = thread;
        this.venue = venue;
    }

    void mount(Router router) {
        router.post(PREFIX + "/faults").handler(ctx -> {
            JsonObject body = Replies.parsed(() -> ctx.body().asJsonObject());
            apply(faults, body == null ? new JsonObject() : body);
            Replies.json(ctx, 200, new JsonObject().put("ok", true).encode());
        });
        router.post(PREFIX + "/advance").handler(ctx -> {
            JsonObject body = Replies.parsed(() -> ctx.body().asJsonObject());
            long millis = body == null ? 0 : body.getLong("millis", 0L);
            advanceBy.accept(millis);
            Replies.json(ctx, 200, new JsonObject().put("ok", true).encode());
        });
        router.get(PREFIX + "/fair-value").handler(ctx -> {
            String token = ReadRoutes.param(ctx, "token_id");
            String ts = ReadRoutes.param(ctx, "ts");
            if (token == null) {
                throw VenueError.badRequest("token_id is missing");
            }
            Long at = ts == null ? null : parseMillis(ts);
            Replies.fromVenue(ctx, thread.call(() -> fairValue(token, at == null ? venue.nowMillis() : at)));
        });
        router.get(PREFIX + "/resolutions").handler(ctx -> Replies.fromVenue(ctx, thread.call(() -> {
            JsonArray out = new JsonArray();
            for (Resolution r : venue.world().resolutions()) {
                out.add(new JsonObject().put("condition_id", r.conditionId()).put("event_id", r.eventId())
                        .put("winning_token", r.winningToken()).put("yes_won", r.yesWon())
                        .put("ts", r.atMillis()));
            }
            return out.encode();
        })));
        router.get(PREFIX + "/counts").handler(ctx -> Replies.fromVenue(ctx, thread.call(() -> {
            VenueCounters.Counts c = venue.counters().counts();
            return new JsonObject().put("orders_accepted", c.ordersAccepted()).put("trades_matched", c.tradesMatched())
                    .put("trades_failed", c.tradesFailed()).put("trader_orders", c.traderOrders())
                    .put("trader_trades", c.traderTrades()).put("trader_fails", c.traderFails()).encode();
        })));
    }

    private String fairValue(String token, long at) {
        long value;
        try {
            value = venue.world().tape().tokenValueMicros(token, at);
        } catch (IllegalArgumentException e) {
            throw VenueError.notFound(e.getMessage());
        }
        return new JsonObject().put("token_id", token).put("ts", at).put("fair_value", Amounts.format(value)).encode();
    }

    private static long parseMillis(String ts) {
        try {
            return Long.parseLong(ts);
        } catch (NumberFormatException e) {
            throw VenueError.badRequest("ts must be epoch milliseconds, was '" + ts + "'");
        }
    }

    /** Applies a fault body to the knobs; unknown values fail with a message. */
    public static void apply(Faults faults, JsonObject body) {
        try {
            if (body.getBoolean("clear", false)) {
                faults.clear();
            }
            if (body.containsKey("silenceMarket")) {
                faults.silenceMarketChannel(body.getBoolean("silenceMarket"));
            }
            if (body.containsKey("delayMillis")) {
                faults.delayResponses(body.getLong("delayMillis"));
            }
            JsonObject fail = body.getJsonObject("failNext");
            if (fail != null) {
                faults.failNextRequests(fail.getInteger("count", 1), fail.getInteger("status", 503));
            }
            JsonObject lose = body.getJsonObject("loseOrderResponses");
            if (lose != null) {
                faults.loseNextOrderResponses(lose.getInteger("count", 1),
                        LostResponse.valueOf(lose.getString("how", "CLOSE_CONNECTION").toUpperCase(Locale.ROOT)));
            }
            if (body.getBoolean("dropSockets", false)) {
                faults.dropAllSockets();
            }
        } catch (ClassCastException e) {
            throw VenueError.badRequest("bad fault settings: " + e.getMessage());
        }
    }
}
