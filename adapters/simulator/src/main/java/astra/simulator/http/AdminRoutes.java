package astra.simulator.http;

import astra.simulator.fault.Faults;
import astra.simulator.fault.LostResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.util.Locale;
import java.util.function.LongConsumer;

/**
 * The simulator's own controls (no venue counterpart), under {@value #PREFIX}: POST /_sim/faults
 * sets fault knobs, POST /_sim/advance moves virtual time. Fault body, every field optional:
 * {@code {"clear": true, "dropSockets": true, "silenceMarket": true, "delayMillis": 250,
 * "failNext": {"count": 3, "status": 503}, "loseOrderResponses": {"count": 1, "how":
 * "CLOSE_CONNECTION"|"SERVER_ERROR"}}}.
 */
public final class AdminRoutes {
    public static final String PREFIX = "/_sim";

    private final Faults faults;
    private final LongConsumer advanceBy;

    AdminRoutes(Faults faults, LongConsumer advanceBy) {
        this.faults = faults;
        this.advanceBy = advanceBy;
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
