package astra.polymarket.ws;

import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A {@code last_trade_price} message: a trade printed on the token (taker's side). */
public record LastTradePrice(ConditionId market, TokenId asset, Price price, Shares size, Side side,
        Optional<Integer> feeRateBps, Instant timestamp) implements MarketEvent {
    public LastTradePrice {
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(feeRateBps, "feeRateBps");
        Objects.requireNonNull(timestamp, "timestamp");
    }
}
