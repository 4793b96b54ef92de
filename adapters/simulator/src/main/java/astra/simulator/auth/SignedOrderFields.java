package astra.simulator.auth;

/**
 * A posted order's signed fields as the JSON body carries them (decimal or hex text, unparsed
 * beyond shape), plus the signature and the unsigned expiration. V1 fields (taker, nonce,
 * feeRateBps) are kept when present so a V1-signed order can be recognised and refused.
 */
public record SignedOrderFields(String salt, String maker, String signer, String tokenId, String makerAmount,
                                String takerAmount, String side, int signatureType, String timestamp,
                                String metadata, String builder, String expiration, String signature,
                                boolean hasV1Fields) {}
