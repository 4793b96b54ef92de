package astra.simulator.http;

import astra.simulator.event.BookSnapshot;
import astra.simulator.host.HostedVenue;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.PriceLevel;
import astra.simulator.wire.BookJson;
import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.Map;

/**
 * Public market reads (book, midpoint, tick size, negRisk, fee rate), run on the venue thread.
 * Remembers each token's last trade price for the book summary.
 */
final class MarketReads {
    private final HostedVenue venue;
    private final Map<String, Long> lastTrade = new HashMap<>();

    MarketReads(HostedVenue venue) {
        this.venue = venue;
        venue.exchange().subscribe(e -> {
            if (e instanceof astra.simulator.event.LastTradePrice t) {
                lastTrade.put(t.tokenId(), t.priceMicros());
            }
        });
    }

    JsonObject book(String tokenId) {
        MarketSpec spec = spec(tokenId);
        return BookJson.rest(venue.exchange().book(tokenId), spec.minOrderSizeMicros(), spec.negRisk(),
                lastTrade.get(tokenId));
    }

    /** The mid of best bid and ask; with one side empty the venue's defaults 0 and 1 stand in. */
    JsonObject midpoint(String tokenId) {
        spec(tokenId);
        BookSnapshot b = venue.exchange().book(tokenId);
        long bid = b.bids().isEmpty() ? 0 : b.bids().get(0).priceMicros();
        long ask = b.asks().stream().findFirst().map(PriceLevel::priceMicros).orElse(Amounts.ONE);
        return new JsonObject().put("mid", Amounts.format((bid + ask) / 2));
    }

    JsonObject tickSize(String tokenId) {
        MarketSpec spec = spec(tokenId);
        return new JsonObject().put("minimum_tick_size",
                new java.math.BigDecimal(Amounts.format(venue.exchange().tick(spec.conditionId()).micros())));
    }

    JsonObject negRisk(String tokenId) {
        return new JsonObject().put("neg_risk", spec(tokenId).negRisk());
    }

    /** {@code base_fee} in basis points: the schedule's rate × 10,000 (0.03 → "300"). */
    JsonObject feeRate(String tokenId) {
        long rateMicros = spec(tokenId).fees().rateMicros();
        return new JsonObject().put("base_fee", Long.toString(rateMicros / 100));
    }

    private MarketSpec spec(String tokenId) {
        if (tokenId == null || tokenId.isEmpty()) {
            throw VenueError.badRequest("Invalid payload: token_id is missing");
        }
        try {
            return venue.exchange().marketOfToken(tokenId);
        } catch (astra.simulator.matching.OrderRejectedException e) {
            throw VenueError.notFound("No orderbook exists for the requested token id");
        }
    }
}
