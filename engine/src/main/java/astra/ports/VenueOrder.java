package astra.ports;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import java.util.Objects;

/** An order as the venue reports it open (for reconciliation). */
public record VenueOrder(OrderId venueId, ConditionId market, TokenId token, Side side, Price price,
        Shares originalSize, Shares matched) {
    public VenueOrder {
        Objects.requireNonNull(venueId, "venueId");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(originalSize, "originalSize");
        Objects.requireNonNull(matched, "matched");
    }
}
