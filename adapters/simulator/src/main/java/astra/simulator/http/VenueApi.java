package astra.simulator.http;

import astra.simulator.auth.HmacRequestAuth;
import astra.simulator.auth.L1SignatureCheck;
import astra.simulator.auth.OrderSignatureVerifier;
import astra.simulator.fault.Faults;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueThread;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;

/**
 * Assembles the router: body, faults, rate limits, then the CLOB, Gamma, data-API, RPC and admin
 * routes; any failure is answered as the venue's {@code {"error": ...}}.
 */
public final class VenueApi {
    private VenueApi() {}

    public static Router router(Vertx vertx, VenueThread thread, HostedVenue venue, Faults faults,
                                RateLimits limits, LongSupplier wallMillis, OrderSignatureVerifier orders,
                                L1SignatureCheck l1, LongConsumer advanceBy) {
        Router router = Router.router(vertx);
        router.route().handler(BodyHandler.create());
        router.route().handler(new FaultGate(vertx, faults));
        router.route().handler(new RateLimiter(limits, wallMillis));
        L2Gate gate = new L2Gate(new HmacRequestAuth(venue.keys()));
        new OrderRoutes(thread, new OrderDesk(venue, orders), faults, gate).mount(router);
        new ReadRoutes(thread, venue, gate).mount(router);
        new KeyRoutes(thread, venue, l1, gate).mount(router);
        new GammaRoutes(thread, venue).mount(router);
        new ChainRoutes(thread, venue).mount(router);
        new AdminRoutes(faults, advanceBy, thread, venue).mount(router);
        router.route().failureHandler(ctx -> {
            if (ctx.failure() != null) {
                Replies.error(ctx, ctx.failure());
            } else {
                Replies.error(ctx, new VenueError(ctx.statusCode() > 0 ? ctx.statusCode() : 500,
                        ctx.statusCode() == 404 ? "not found" : "request failed"));
            }
        });
        return router;
    }
}
