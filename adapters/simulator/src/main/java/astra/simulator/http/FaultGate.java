package astra.simulator.http;

import astra.simulator.fault.Faults;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/**
 * First stop of every venue request (admin paths excepted): answers a forced 425/429/5xx without
 * touching the venue, or holds the request for the configured delay before it goes on.
 */
final class FaultGate implements Handler<RoutingContext> {
    private final Vertx vertx;
    private final Faults faults;

    FaultGate(Vertx vertx, Faults faults) {
        this.vertx = vertx;
        this.faults = faults;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (ctx.request().path().startsWith(AdminRoutes.PREFIX)) {
            ctx.next();
            return;
        }
        Optional<Integer> forced = faults.takeForcedFailure();
        if (forced.isPresent()) {
            Replies.json(ctx, forced.get(), new JsonObject().put("error", reason(forced.get())).encode());
            return;
        }
        long delay = faults.responseDelayMillis();
        if (delay > 0) {
            vertx.setTimer(delay, t -> ctx.next());
        } else {
            ctx.next();
        }
    }

    static String reason(int status) {
        return switch (status) {
            case 425 -> "Too Early: the matching engine is restarting";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Internal server error";
        };
    }
}
