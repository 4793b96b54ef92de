package astra.simulator.http;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.L2Request;
import astra.simulator.auth.RequestAuthVerifier;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Lets a trading request through only if its L2 headers verify; the key rides on the context. */
final class L2Gate implements Handler<RoutingContext> {
    private static final String KEY = "astra.sim.apiKey";
    private static final String[] HEADERS = {L2Request.ADDRESS, L2Request.SIGNATURE, L2Request.TIMESTAMP,
        L2Request.API_KEY, L2Request.PASSPHRASE};

    private final RequestAuthVerifier verifier;

    L2Gate(RequestAuthVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Map<String, String> headers = new HashMap<>();
        for (String h : HEADERS) {
            String v = ctx.request().getHeader(h);
            if (v != null) {
                headers.put(h, v);
            }
        }
        String body = ctx.body() == null ? "" : ctx.body().asString();
        Optional<ApiKey> key = verifier.verify(new L2Request(ctx.request().method().name(), ctx.request().path(),
                ctx.request().query(), body, headers));
        if (key.isEmpty()) {
            Replies.error(ctx, VenueError.unauthorized());
            return;
        }
        ctx.put(KEY, key.get());
        ctx.next();
    }

    static ApiKey keyOf(RoutingContext ctx) {
        return ctx.get(KEY);
    }
}
