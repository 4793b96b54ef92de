package astra.cli.venue;

import astra.polymarket.signing.Bytes32;
import java.util.Objects;

/** What {@code astra order sign} prints: the order's hash (its venue id) and its signature. */
record OrderSignature(Bytes32 hash, String signature) {
    OrderSignature {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(signature, "signature");
    }
}
