package astra.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * One fill of one of our orders. Side and token are ours: in a mint/merge match a maker leg can
 * name the opposite outcome of the taker's, and the fill still records what we bought or sold.
 * The fee is what we paid (makers pay none under V2).
 */
public record Fill(
        FillKey key,
        OrderId orderId,
        ConditionId market,
        TokenId token,
        Side side,
        Price price,
        Shares size,
        Liquidity liquidity,
        Usd fee,
        TradeStatus status,
        Instant time) {

    public Fill {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(liquidity, "liquidity");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(time, "time");
        if (size.isZero()) {
            throw new IllegalArgumentException("a fill has a positive size");
        }
        if (fee.isNegative()) {
            throw new IllegalArgumentException("a fee is not negative; rebates are recorded apart");
        }
    }

    public Fill withStatus(TradeStatus newStatus) {
        return new Fill(key, orderId, market, token, side, price, size, liquidity, fee, newStatus, time);
    }
}
