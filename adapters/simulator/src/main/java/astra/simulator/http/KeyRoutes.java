package astra.simulator.http;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.ApiKeyRegistry;
import astra.simulator.auth.L1SignatureCheck;
import astra.simulator.auth.L2Request;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueThread;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * API keys behind L1 (POST /auth/api-key creates, GET /auth/derive-api-key derives; both give the
 * address's one deterministic key) and the dead-man heartbeat behind L2 (POST /v1/heartbeats with
 * {@code {"heartbeat_id": previous}} answers {@code {"heartbeat_id": next}}; a wrong id is 400).
 */
final class KeyRoutes {
    private final VenueThread thread;
    private final HostedVenue venue;
    private final ApiKeyRegistry keys;
    private final L1SignatureCheck l1;
    private final L2Gate gate;

    KeyRoutes(VenueThread thread, HostedVenue venue, L1SignatureCheck l1, L2Gate gate) {
        this.thread = thread;
        this.venue = venue;
        this.keys = venue.keys();
        this.l1 = l1;
        this.gate = gate;
    }

    void mount(Router router) {
        router.post("/auth/api-key").handler(this::issueKey);
        router.get("/auth/derive-api-key").handler(this::issueKey);
        router.post("/v1/heartbeats").handler(gate).handler(ctx -> {
            ApiKey key = L2Gate.keyOf(ctx);
            JsonObject body = ctx.body() == null || ctx.body().length() == 0 ? new JsonObject()
                    : Replies.parsed(() -> ctx.body().asJsonObject());
            String previous = body.getString("heartbeat_id", "");
            Replies.fromVenue(ctx, thread.call(() -> venue.heartbeats().beat(key.key(), previous)
                    .map(id -> new JsonObject().put("heartbeat_id", id).encode())
                    .orElseThrow(() -> new VenueError(400, "Invalid Heartbeat ID"))));
        });
    }

    private void issueKey(RoutingContext ctx) {
        String address = ctx.request().getHeader(L2Request.ADDRESS);
        String timestamp = ctx.request().getHeader(L2Request.TIMESTAMP);
        String signature = ctx.request().getHeader(L2Request.SIGNATURE);
        String nonceText = ctx.request().getHeader(L2Request.NONCE);
        long nonce;
        try {
            nonce = nonceText == null ? 0 : Long.parseLong(nonceText);
        } catch (NumberFormatException e) {
            throw new VenueError(401, "Invalid L1 Request headers");
        }
        if (address == null || timestamp == null || signature == null || !l1.valid(address, timestamp, nonce, signature)) {
            throw new VenueError(401, "Invalid L1 Request headers");
        }
        ApiKey key = keys.deriveFor(address, nonce);
        Replies.json(ctx, 200, new JsonObject().put("apiKey", key.key()).put("secret", key.secret())
                .put("passphrase", key.passphrase()).encode());
    }
}
