package astra.simulator.http;

import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueThread;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import astra.simulator.world.VenueIds;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gamma's GET /markets and GET /events with the fields Astra reads, shaped like the captured
 * Gamma payloads: {@code clobTokenIds} and {@code outcomes} are JSON-encoded strings, tick and
 * minimum size are numbers, {@code feeSchedule} is an object, and markets of the newer protocol
 * carry {@code version: "v2"}.
 */
final class GammaRoutes {
    /** Rewards the simulator advertises for every market (it pays none). */
    static final int REWARDS_MIN_SIZE = 50;
    static final double REWARDS_MAX_SPREAD = 3.5;
    /** Markets end a year after the venue's start. */
    static final long MARKET_LIFETIME_MILLIS = 365L * 24 * 3_600_000;

    private final VenueThread thread;
    private final HostedVenue venue;
    private final long startMillis;

    GammaRoutes(VenueThread thread, HostedVenue venue) {
        this.thread = thread;
        this.venue = venue;
        this.startMillis = thread.await(venue::nowMillis);
    }

    void mount(Router router) {
        router.get("/markets").handler(ctx -> {
            Set<String> ids = Set.copyOf(ctx.queryParam("condition_ids"));
            Set<String> tokens = Set.copyOf(ctx.queryParam("clob_token_ids"));
            String closed = ReadRoutes.param(ctx, "closed");
            Replies.fromVenue(ctx, thread.call(() -> {
                JsonArray out = new JsonArray();
                for (MarketSpec m : venue.exchange().markets()) {
                    JsonObject json = market(m);
                    boolean wanted = (ids.isEmpty() || ids.contains(m.conditionId()))
                            && (tokens.isEmpty() || tokens.contains(m.yesToken()) || tokens.contains(m.noToken()))
                            && (closed == null || Boolean.parseBoolean(closed) == json.getBoolean("closed"));
                    if (wanted) {
                        out.add(json);
                    }
                }
                return out.encode();
            }));
        });
        router.get("/events").handler(ctx -> Replies.fromVenue(ctx, thread.call(() -> events().encode())));
    }

    private JsonArray events() {
        Map<String, List<MarketSpec>> byEvent = new LinkedHashMap<>();
        for (MarketSpec m : venue.exchange().markets()) {
            String event = m.negRisk() ? m.negRiskEventId() : m.conditionId();
            byEvent.computeIfAbsent(event, e -> new java.util.ArrayList<>()).add(m);
        }
        JsonArray out = new JsonArray();
        byEvent.forEach((event, markets) -> {
            JsonArray ms = new JsonArray();
            markets.forEach(m -> ms.add(market(m)));
            boolean negRisk = markets.get(0).negRisk();
            JsonObject e = new JsonObject()
                    .put("id", event)
                    .put("slug", event)
                    .put("title", event)
                    .put("endDate", endDate(markets.get(0)))
                    .put("active", true)
                    .put("closed", ms.stream().allMatch(m -> ((JsonObject) m).getBoolean("closed")))
                    .put("negRisk", negRisk)
                    .put("markets", ms);
            if (negRisk) {
                e.put("negRiskMarketID", negRiskMarketId(markets.get(0)));
            }
            out.add(e);
        });
        return out;
    }

    JsonObject market(MarketSpec m) {
        boolean open = venue.exchange().isOpen(m.conditionId());
        JsonObject o = new JsonObject()
                .put("id", m.conditionId().substring(2, 12))
                .put("question", "Simulated market " + m.conditionId().substring(0, 10))
                .put("conditionId", m.conditionId())
                .put("slug", m.conditionId())
                .put("endDate", endDate(m))
                .put("outcomes", "[\"Yes\", \"No\"]")
                .put("active", true)
                .put("closed", !open)
                .put("enableOrderBook", true)
                .put("orderPriceMinTickSize", new BigDecimal(Amounts.format(venue.exchange().tick(m.conditionId()).micros())))
                .put("orderMinSize", new BigDecimal(Amounts.format(m.minOrderSizeMicros())))
                .put("clobTokenIds", new JsonArray().add(m.yesToken()).add(m.noToken()).encode())
                .put("acceptingOrders", open)
                .put("negRisk", m.negRisk())
                .put("rewardsMinSize", REWARDS_MIN_SIZE)
                .put("rewardsMaxSpread", REWARDS_MAX_SPREAD)
                .put("feesEnabled", m.fees().rateMicros() > 0)
                .put("feeSchedule", new JsonObject()
                        .put("exponent", m.fees().exponent())
                        .put("rate", new BigDecimal(Amounts.format(m.fees().rateMicros())))
                        .put("rebateRate", 0)
                        .put("takerOnly", true));
        if (m.negRisk()) {
            o.put("negRiskMarketID", negRiskMarketId(m));
        }
        if (venue.newerProtocol(m.conditionId())) {
            o.put("version", "v2");
        }
        return o;
    }

    private static String negRiskMarketId(MarketSpec m) {
        return VenueIds.conditionId("negrisk/" + m.negRiskEventId());
    }

    /** A market the world closes during the run ends then (public, as on the venue); others a year out. */
    private String endDate(MarketSpec m) {
        long end = venue.world().closeTimeMillis(m.conditionId()).orElse(startMillis + MARKET_LIFETIME_MILLIS);
        return Instant.ofEpochMilli(end).toString();
    }
}
