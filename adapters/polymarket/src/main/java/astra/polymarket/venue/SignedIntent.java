package astra.polymarket.venue;

import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.signing.SignedOrder;
import astra.ports.PreparedOrder;
import java.util.Objects;

/**
 * An intent signed for its market's exchange, with the exact request that will carry it. Its
 * venue id is the signed order's hash.
 */
public record SignedIntent(OrderIntent intent, PostOrderRequest request) implements PreparedOrder {
    public SignedIntent {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(request, "request");
    }

    public SignedOrder signedOrder() {
        return request.signedOrder();
    }

    @Override
    public OrderId venueId() {
        return new OrderId(request.signedOrder().orderId());
    }
}
