package astra.simulator.matching;

import java.util.Objects;

/**
 * An order as a trader submits it. Structural nonsense (null fields, non-positive price or size)
 * fails here; everything the venue itself refuses with a message (tick, minimum size, postOnly
 * with FOK/FAK, the GTD threshold, balance) is judged by the venue at placement so that it can
 * answer in the venue's words.
 *
 * @param expirationSeconds unix seconds for GTD, 0 for every other type
 */
public record OrderRequest(String owner, String tokenId, Side side, long priceMicros, long sizeMicros,
                           OrderType type, long expirationSeconds, boolean postOnly) {
    public OrderRequest {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(type, "type");
        if (priceMicros <= 0 || priceMicros >= Amounts.ONE) {
            throw new IllegalArgumentException("price must be strictly between 0 and 1, was " + Amounts.format(priceMicros));
        }
        if (sizeMicros <= 0) {
            throw new IllegalArgumentException("size must be positive, was " + Amounts.format(sizeMicros));
        }
        if (expirationSeconds < 0) {
            throw new IllegalArgumentException("expiration must not be negative");
        }
    }

    public static OrderRequest gtc(String owner, String tokenId, Side side, long price, long size) {
        return new OrderRequest(owner, tokenId, side, price, size, OrderType.GTC, 0, false);
    }

    public static OrderRequest immediate(String owner, String tokenId, Side side, long price, long size, OrderType type) {
        return new OrderRequest(owner, tokenId, side, price, size, type, 0, false);
    }

    public OrderRequest withPostOnly() {
        return new OrderRequest(owner, tokenId, side, priceMicros, sizeMicros, type, expirationSeconds, true);
    }
}
