package astra.polymarket.ws;

import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import java.util.Objects;
import java.util.Optional;

/**
 * One level of one token changed: {@code size} is the level's new total (zero removes it), BUY
 * names the bid side and SELL the ask side. The current schema adds the book's hash and touch
 * after the change; older schemas have neither per change.
 */
public record LevelChange(TokenId asset, Side side, Price price, Shares size, Optional<String> hash,
        Optional<Price> bestBid, Optional<Price> bestAsk) {
    public LevelChange {
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(bestBid, "bestBid");
        Objects.requireNonNull(bestAsk, "bestAsk");
    }
}
