package astra.simulator.http;

import astra.simulator.auth.ApiKey;
import astra.simulator.auth.OrderCheck;
import astra.simulator.auth.OrderSignatureVerifier;
import astra.simulator.host.HostedVenue;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.venue.CancelResult;
import astra.simulator.venue.PlaceResult;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.Collection;
import java.util.Optional;

/**
 * Order entry as the venue does it, run on the venue thread: the owner must be the caller's API
 * key, the signature must verify under the market's exchange domain, then the exchange judges
 * the order. Answers are the venue's JSON.
 */
public final class OrderDesk {
    static final String INVALID_SIGNATURE = "invalid signature";
    static final String VERSION_MISMATCH = "order_version_mismatch";
    static final String OWNER_MISMATCH = "the order owner has to be the owner of the API KEY";

    private final HostedVenue venue;
    private final OrderSignatureVerifier verifier;

    public OrderDesk(HostedVenue venue, OrderSignatureVerifier verifier) {
        this.venue = venue;
        this.verifier = verifier;
    }

    /** Places one order; a refusal throws {@link VenueError} (or the exchange's rejection). */
    public JsonObject post(ApiKey key, PostedOrder posted) {
        if (!posted.owner().equals(key.key())) {
            throw VenueError.badRequest(OWNER_MISMATCH);
        }
        if (posted.fields().hasV1Fields()) {
            throw VenueError.badRequest(VERSION_MISMATCH);
        }
        MarketSpec spec = venue.exchange().marketOfToken(posted.fields().tokenId());
        OrderCheck check = verifier.check(posted.fields(), venue.signingDomain(spec));
        switch (check.verdict()) {
            case INVALID_SIGNATURE -> throw VenueError.badRequest(INVALID_SIGNATURE);
            case VERSION_MISMATCH -> throw VenueError.badRequest(VERSION_MISMATCH);
            default -> { }
        }
        PlaceResult result = venue.exchange().place(posted.toRequest(), check.orderHash());
        if (!result.success()) {
            throw VenueError.badRequest(result.errorMsg());
        }
        return new JsonObject()
                .put("success", true)
                .put("errorMsg", "")
                .put("orderID", result.orderId())
                .put("transactionsHashes", new JsonArray())
                .put("status", result.status() == PlaceResult.Status.MATCHED ? "matched" : "live")
                .put("makingAmount", Amounts.format(result.makingAmountMicros()))
                .put("takingAmount", Amounts.format(result.takingAmountMicros()));
    }

    /** POST /orders: each order answered on its own; a refused one does not stop the others. */
    public JsonArray postBatch(ApiKey key, Collection<PostedOrder> orders) {
        JsonArray out = new JsonArray();
        for (PostedOrder order : orders) {
            try {
                out.add(post(key, order));
            } catch (VenueError | OrderRejectedException | IllegalArgumentException e) {
                out.add(new JsonObject().put("success", false).put("errorMsg", e.getMessage())
                        .put("orderID", "").put("status", ""));
            }
        }
        return out;
    }

    public JsonObject cancel(ApiKey key, Collection<String> orderIds) {
        return json(venue.exchange().cancelOrders(key.key(), orderIds));
    }

    public JsonObject cancelAll(ApiKey key) {
        return json(venue.exchange().cancelAll(key.key()));
    }

    public JsonObject cancelMarket(ApiKey key, String conditionId, Optional<String> tokenId) {
        if (conditionId.isEmpty() && tokenId.isPresent()) {
            conditionId = venue.exchange().marketOfToken(tokenId.get()).conditionId();
        }
        String market = conditionId;
        boolean listed = venue.exchange().markets().stream().anyMatch(m -> m.conditionId().equals(market));
        if (!listed) {
            throw VenueError.badRequest("market not found: " + market);
        }
        return json(venue.exchange().cancelMarket(key.key(), market, tokenId));
    }

    static JsonObject json(CancelResult r) {
        JsonObject notCanceled = new JsonObject();
        r.notCanceled().forEach(notCanceled::put);
        return new JsonObject().put("canceled", new JsonArray(r.canceled())).put("not_canceled", notCanceled);
    }
}
