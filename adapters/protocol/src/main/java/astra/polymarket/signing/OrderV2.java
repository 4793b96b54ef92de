package astra.polymarket.signing;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An unsigned order of the V2/V3 exchanges, in the venue's integer units (amounts in 1e-6).
 * {@code expiration} (unix seconds, 0 = none) travels in the JSON body but is not signed;
 * {@code timestampMs} is signed and makes otherwise equal orders distinct.
 */
public record OrderV2(
        long salt,
        Address maker,
        Address signer,
        BigInteger tokenId,
        long makerAmount,
        long takerAmount,
        OrderSide side,
        SignatureType signatureType,
        long timestampMs,
        Bytes32 metadata,
        Bytes32 builder,
        long expiration) {

    /** The EIP-712 type string; its field order is the encoding order. */
    public static final String TYPE = "Order(uint256 salt,address maker,address signer,"
            + "uint256 tokenId,uint256 makerAmount,uint256 takerAmount,uint8 side,"
            + "uint8 signatureType,uint256 timestamp,bytes32 metadata,bytes32 builder)";

    private static final byte[] TYPE_HASH = Eip712.keccak(TYPE);

    public OrderV2 {
        requireNonNegative(salt, "salt");
        Objects.requireNonNull(maker, "maker is missing");
        Objects.requireNonNull(signer, "signer is missing");
        Objects.requireNonNull(tokenId, "tokenId is missing");
        StructEncoder.uint256Bytes(tokenId, "tokenId");
        requirePositive(makerAmount, "makerAmount");
        requirePositive(takerAmount, "takerAmount");
        Objects.requireNonNull(side, "side is missing");
        Objects.requireNonNull(signatureType, "signatureType is missing");
        requirePositive(timestampMs, "timestamp");
        Objects.requireNonNull(metadata, "metadata is missing");
        Objects.requireNonNull(builder, "builder is missing");
        requireNonNegative(expiration, "expiration");
    }

    /** {@code hashStruct(order)}: the type hash and the eleven fields as 32-byte words. */
    public byte[] structHash() {
        return new StructEncoder(12)
                .word(TYPE_HASH)
                .uint(salt, "salt")
                .address(maker)
                .address(signer)
                .uint(tokenId, "tokenId")
                .uint(makerAmount, "makerAmount")
                .uint(takerAmount, "takerAmount")
                .uint(side.code(), "side")
                .uint(signatureType.code(), "signatureType")
                .uint(timestampMs, "timestamp")
                .word(metadata.bytes())
                .word(builder.bytes())
                .keccak();
    }

    /** The order hash under {@code domain}: what is signed and the venue's order id. */
    public Bytes32 hash(ExchangeDomain domain) {
        return Bytes32.of(domain.digest(structHash()));
    }

    static void requireNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }

    static void requirePositive(long value, String what) {
        if (value <= 0) {
            throw new IllegalArgumentException(what + " must be positive: " + value);
        }
    }
}
