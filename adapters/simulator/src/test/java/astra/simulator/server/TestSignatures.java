package astra.simulator.server;

import astra.simulator.auth.OrderCheck;
import astra.simulator.auth.OrderSignatureVerifier;
import astra.simulator.auth.SignedOrderFields;
import astra.simulator.auth.SigningDomain;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * TESTS ONLY: a stand-in for the protocol module's EIP-712 check. The "signature" is a SHA-256
 * over the signed fields and the domain (version and contract), so a test can sign correctly,
 * sign under the wrong domain, or tamper, and the venue's refusal paths can be exercised without
 * secp256k1. The "order hash" is a SHA-256 over the fields alone.
 */
final class TestSignatures implements OrderSignatureVerifier {
    @Override
    public OrderCheck check(SignedOrderFields o, SigningDomain domain) {
        if (!o.signature().equals(sign(o, domain))) {
            return OrderCheck.invalid();
        }
        return OrderCheck.valid("0x" + sha256(fieldsText(o)));
    }

    static String sign(SignedOrderFields o, SigningDomain domain) {
        return "0x" + sha256(fieldsText(o) + "|" + domain.version() + "|" + domain.verifyingContract());
    }

    private static String fieldsText(SignedOrderFields o) {
        return String.join("|", o.salt(), o.maker(), o.signer(), o.tokenId(), o.makerAmount(), o.takerAmount(),
                o.side(), Integer.toString(o.signatureType()), o.timestamp(), o.metadata(), o.builder());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
