package astra.polymarket.signing;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An order of the retired V1 exchange. The venue refuses V1 orders since 2026-04-28; the type
 * stays because its published vectors pin the EIP-712 machinery that V2 shares.
 */
public record OrderV1(
        long salt,
        Address maker,
        Address signer,
        Address taker,
        BigInteger tokenId,
        long makerAmount,
        long takerAmount,
        long expiration,
        long nonce,
        long feeRateBps,
        OrderSide side,
        SignatureType signatureType) {

    public static final String TYPE = "Order(uint256 salt,address maker,address signer,"
            + "address taker,uint256 tokenId,uint256 makerAmount,uint256 takerAmount,"
            + "uint256 expiration,uint256 nonce,uint256 feeRateBps,uint8 side,"
            + "uint8 signatureType)";

    private static final byte[] TYPE_HASH = Eip712.keccak(TYPE);

    public OrderV1 {
        OrderV2.requireNonNegative(salt, "salt");
        Objects.requireNonNull(maker, "maker is missing");
        Objects.requireNonNull(signer, "signer is missing");
        Objects.requireNonNull(taker, "taker is missing");
        Objects.requireNonNull(tokenId, "tokenId is missing");
        StructEncoder.uint256Bytes(tokenId, "tokenId");
        OrderV2.requirePositive(makerAmount, "makerAmount");
        OrderV2.requirePositive(takerAmount, "takerAmount");
        OrderV2.requireNonNegative(expiration, "expiration");
        OrderV2.requireNonNegative(nonce, "nonce");
        OrderV2.requireNonNegative(feeRateBps, "feeRateBps");
        Objects.requireNonNull(side, "side is missing");
        Objects.requireNonNull(signatureType, "signatureType is missing");
    }

    public byte[] structHash() {
        return new StructEncoder(13)
                .word(TYPE_HASH)
                .uint(salt, "salt")
                .address(maker)
                .address(signer)
                .address(taker)
                .uint(tokenId, "tokenId")
                .uint(makerAmount, "makerAmount")
                .uint(takerAmount, "takerAmount")
                .uint(expiration, "expiration")
                .uint(nonce, "nonce")
                .uint(feeRateBps, "feeRateBps")
                .uint(side.code(), "side")
                .uint(signatureType.code(), "signatureType")
                .keccak();
    }

    public Bytes32 hash(ExchangeDomain domain) {
        return Bytes32.of(domain.digest(structHash()));
    }
}
