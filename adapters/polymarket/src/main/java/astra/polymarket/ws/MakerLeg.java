package astra.polymarket.ws;

import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import java.util.Objects;
import java.util.Optional;

/**
 * One maker order matched in a trade, in that maker's own terms: its token (which in a mint or
 * merge is the other outcome of the taker's), its price and the amount matched. The venue does
 * not always send the leg's side; {@link FillAttribution} derives it then.
 */
public record MakerLeg(OrderId orderId, TokenId asset, Price price, Shares matchedAmount, Optional<Side> side,
        Optional<String> makerAddress, Optional<String> owner, Optional<String> outcome,
        Optional<Integer> feeRateBps) {
    public MakerLeg {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(matchedAmount, "matchedAmount");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(makerAddress, "makerAddress");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(feeRateBps, "feeRateBps");
    }
}
