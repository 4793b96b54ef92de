package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.TokenId;
import astra.market.PriceLevels;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code book} message: the full book of one token. Levels are as the venue sent them (in real
 * captures the best level is last); {@link astra.market.OrderBook} sorts them.
 */
public record BookSnapshot(ConditionId market, TokenId asset, PriceLevels bids, PriceLevels asks,
        Optional<String> hash, Instant timestamp) implements MarketEvent {
    public BookSnapshot {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(bids, "bids");
        Objects.requireNonNull(asks, "asks");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
