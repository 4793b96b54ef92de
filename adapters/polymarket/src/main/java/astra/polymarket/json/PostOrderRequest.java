package astra.polymarket.json;

import astra.domain.OrderType;
import astra.polymarket.signing.SignedOrder;
import java.util.Objects;

/**
 * One order as POST /order (or one element of POST /orders) carries it.
 *
 * @param owner the API key of the account that owns the order
 * @param deferExec ask the venue to defer matching (the SDKs default it to false)
 */
public record PostOrderRequest(
        SignedOrder signedOrder,
        String owner,
        OrderType orderType,
        boolean postOnly,
        boolean deferExec) {

    public PostOrderRequest {
        Objects.requireNonNull(signedOrder, "signed order is missing");
        Objects.requireNonNull(orderType, "order type is missing");
        if (owner == null || owner.isBlank()) {
            throw new IllegalArgumentException("owner (API key) is missing");
        }
        if (postOnly && !orderType.rests()) {
            throw new IllegalArgumentException("postOnly is only valid with GTC or GTD, not "
                    + orderType);
        }
        if (orderType != OrderType.GTD && signedOrder.order().expiration() != 0) {
            throw new IllegalArgumentException("only GTD orders carry an expiration");
        }
        if (orderType == OrderType.GTD && signedOrder.order().expiration() == 0) {
            throw new IllegalArgumentException("a GTD order needs an expiration");
        }
    }

    @Override
    public String toString() {
        return "PostOrderRequest[" + signedOrder.orderHash() + ", " + orderType
                + (postOnly ? ", postOnly" : "") + "]";
    }
}
