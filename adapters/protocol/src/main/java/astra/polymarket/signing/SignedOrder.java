package astra.polymarket.signing;

import java.util.Objects;

/**
 * An order with its signature and its EIP-712 hash. The hash is the venue's order id: it is known
 * before the order is sent, so an ambiguous submit can be resolved by asking for that id.
 */
public record SignedOrder(OrderV2 order, String signature, Bytes32 orderHash) {
    public SignedOrder {
        Objects.requireNonNull(order, "order is missing");
        Objects.requireNonNull(orderHash, "order hash is missing");
        Hex.parse(signature, "signature");
        if (signature.length() < 2 + 130) {
            throw new IllegalArgumentException("signature is shorter than 65 bytes");
        }
    }

    /** The venue's order id: the order's EIP-712 hash as 0x-prefixed hex. */
    public String orderId() {
        return orderHash.value();
    }
}
