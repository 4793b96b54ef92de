package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code best_bid_ask} message (custom feature): the venue's view of the touch, useful to check
 * our own book against. A side the venue leaves blank is empty.
 */
public record BestBidAsk(ConditionId market, TokenId asset, Optional<Price> bestBid, Optional<Price> bestAsk,
        Optional<Price> spread, Instant timestamp) implements MarketEvent {
    public BestBidAsk {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(bestBid, "bestBid");
        Objects.requireNonNull(bestAsk, "bestAsk");
        Objects.requireNonNull(spread, "spread");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
