package astra.cli.venue;

import astra.domain.ProtocolVersion;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeDomain;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV1;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.Secp256k1;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An order read for the protocol generation the flags name: V1 fields for v1, V2 fields for v2
 * and v3 (which share the struct and differ in their domain). Exactly one of the two is held.
 */
final class ProtocolOrder {
    private final OrderV1 v1;
    private final OrderV2 v2;

    private ProtocolOrder(OrderV1 v1, OrderV2 v2) {
        this.v1 = v1;
        this.v2 = v2;
        if (v1 != null && v1.signatureType() == SignatureType.POLY_1271) {
            throw new IllegalArgumentException("signatureType POLY_1271 (deposit wallet) exists only from"
                    + " protocol v2; use --protocol v2 or v3");
        }
    }

    static ProtocolOrder read(ProtocolVersion protocol, JsonNode order) {
        if (order == null || !order.isObject()) {
            throw new IllegalArgumentException("the order must be a JSON object");
        }
        return protocol == ProtocolVersion.V1
                ? new ProtocolOrder(OrderFields.v1(order), null)
                : new ProtocolOrder(null, OrderFields.v2(order));
    }

    SignatureType signatureType() {
        return v1 != null ? v1.signatureType() : v2.signatureType();
    }

    Address signer() {
        return v1 != null ? v1.signer() : v2.signer();
    }

    byte[] structHash() {
        return v1 != null ? v1.structHash() : v2.structHash();
    }

    /** The EIP-712 digest under {@code domain}: what is signed, and the venue's order id. */
    Bytes32 hash(ExchangeDomain domain) {
        return v1 != null ? v1.hash(domain) : v2.hash(domain);
    }

    /** The order's hash and signature by {@code key}; a POLY_1271 order gets the wallet wrapper. */
    OrderSignature sign(PrivateKey key, ExchangeDomain domain) {
        if (v2 != null) {
            SignedOrder signed = new OrderSigner(key, domain).sign(v2);
            return new OrderSignature(signed.orderHash(), signed.signature());
        }
        if (!v1.signer().equals(key.address())) {
            throw new IllegalArgumentException("order signer " + v1.signer()
                    + " is not the signing key's address " + key.address());
        }
        Bytes32 hash = v1.hash(domain);
        return new OrderSignature(hash, Secp256k1.sign(hash.bytes(), key).hex());
    }
}
