package astra.domain;

import java.util.Objects;

/**
 * Identifies one fill of ours: the trade and the leg within it. A taker fill is the trade's taker
 * leg ({@link #TAKER_LEG}); a maker fill is the leg of our maker order, named by that order's id.
 * A fill delivered twice has the same key, which is what makes recording idempotent.
 */
public record FillKey(TradeId tradeId, String leg) {
    public static final String TAKER_LEG = "taker";

    public FillKey {
        Objects.requireNonNull(tradeId, "tradeId");
        Ids.require(leg, "fill leg");
    }

    public static FillKey taker(TradeId tradeId) {
        return new FillKey(tradeId, TAKER_LEG);
    }

    public static FillKey maker(TradeId tradeId, OrderId makerOrder) {
        return new FillKey(tradeId, makerOrder.value());
    }
}
