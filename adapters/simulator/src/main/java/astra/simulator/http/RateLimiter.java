package astra.simulator.http;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The venue's burst limits: at most the endpoint's limit of requests in each fixed 10-second
 * window, then 429 until the window turns. Counted per endpoint ("METHOD /path", with ids in the
 * path folded), across callers.
 */
final class RateLimiter implements Handler<RoutingContext> {
    private record Window(long index, int used) {}

    private final RateLimits limits;
    private final LongSupplier wallMillis;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    RateLimiter(RateLimits limits, LongSupplier wallMillis) {
        this.limits = limits;
        this.wallMillis = wallMillis;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.request().path();
        if (path.startsWith(AdminRoutes.PREFIX)) {
            ctx.next();
            return;
        }
        String endpoint = ctx.request().method().name() + " " + (path.startsWith("/data/order/") ? "/data/order" : path);
        if (allow(endpoint)) {
            ctx.next();
        } else {
            Replies.json(ctx, 429, new JsonObject().put("error", "Too Many Requests").encode());
        }
    }

    /** Takes one request from the endpoint's current window, if any is left. */
    boolean allow(String endpoint) {
        long index = wallMillis.getAsLong() / RateLimits.WINDOW_MILLIS;
        int limit = limits.limitFor(endpoint);
        Window w = windows.compute(endpoint, (k, old) -> {
            if (old == null || old.index() != index) {
                return new Window(index, 1);
            }
            return new Window(index, old.used() + 1);
        });
        return w.used() <= limit;
    }
}
