package astra.simulator.matching;

import java.util.List;

/**
 * One match of a taker order against one or more makers, as the venue's user channel reports it
 * (one {@code trade} with {@code maker_orders[]}).
 *
 * @param takerNotionalMicros Σ leg size × leg taker price, what the taker paid (BUY) or received
 *                            (SELL) before the fee
 * @param takerFeeMicros      Σ of the legs' fees, each computed and cut to 5 decimals on its own
 */
public record Trade(String tradeId, String conditionId, String takerOrderId, String takerOwner, String takerToken,
                    Side takerSide, long sizeMicros, long takerNotionalMicros, long takerFeeMicros,
                    List<MakerLeg> makerLegs, long matchTimeMillis) {
    public Trade {
        makerLegs = List.copyOf(makerLegs);
        if (makerLegs.isEmpty()) {
            throw new IllegalArgumentException("a trade needs at least one maker leg");
        }
    }

    /** The price of the last (worst) leg on the taker's token: the venue's last trade price. */
    public long lastTakerPriceMicros() {
        return makerLegs.get(makerLegs.size() - 1).takerPriceMicros();
    }
}
