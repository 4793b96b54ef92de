package astra.polymarket.signing;

import java.util.Objects;

/**
 * Signs V2/V3 orders for one exchange domain with one key. Thread-safe: it holds only immutable
 * state.
 */
public final class OrderSigner {
    private final PrivateKey key;
    private final ExchangeDomain domain;

    public OrderSigner(PrivateKey key, ExchangeDomain domain) {
        this.key = Objects.requireNonNull(key, "key is missing");
        this.domain = Objects.requireNonNull(domain, "domain is missing");
    }

    public ExchangeDomain domain() {
        return domain;
    }

    /**
     * Hashes and signs {@code order}.
     *
     * @throws IllegalArgumentException when an EOA-family order names a signer other than this
     *     key's address (the venue would reject the signature as invalid)
     */
    public SignedOrder sign(OrderV2 order) {
        byte[] structHash = order.structHash();
        byte[] orderHash = domain.digest(structHash);
        String signature;
        if (order.signatureType() == SignatureType.POLY_1271) {
            signature = DepositWalletSignature.sign(domain, structHash, order.signer(), key);
        } else {
            if (!order.signer().equals(key.address())) {
                throw new IllegalArgumentException("order signer " + order.signer()
                        + " is not the signing key's address " + key.address());
            }
            signature = Secp256k1.sign(orderHash, key).hex();
        }
        return new SignedOrder(order, signature, Bytes32.of(orderHash));
    }

    /**
     * Whether an EOA-family signed order carries its true hash under {@code domain} and was signed
     * by its declared signer.
     */
    public static boolean verifyEoa(SignedOrder signed, ExchangeDomain domain) {
        if (signed.order().signatureType() == SignatureType.POLY_1271) {
            throw new IllegalArgumentException(
                    "a POLY_1271 signature is validated by the wallet contract, not by recovery");
        }
        byte[] digest = domain.digest(signed.order().structHash());
        return Bytes32.of(digest).equals(signed.orderHash())
                && Secp256k1.recoverSigner(digest, signed.signature())
                        .equals(signed.order().signer());
    }
}
