package astra.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The venue's L2 check: the API key is known, the passphrase and address are the key's, and
 * POLY_SIGNATURE is base64url(HMAC-SHA256(base64url-decode(secret), timestamp + METHOD + path +
 * body)). The path is accepted with or without its query string (clients differ on what they
 * sign); the comparison is constant-time.
 */
public final class HmacRequestAuth implements RequestAuthVerifier {
    private static final String HMAC = "HmacSHA256";

    private final ApiKeyRegistry keys;

    public HmacRequestAuth(ApiKeyRegistry keys) {
        this.keys = keys;
    }

    @Override
    public Optional<ApiKey> verify(L2Request r) {
        String signature = r.header(L2Request.SIGNATURE);
        String timestamp = r.header(L2Request.TIMESTAMP);
        String address = r.header(L2Request.ADDRESS);
        if (signature == null || timestamp == null || address == null) {
            return Optional.empty();
        }
        return keys.byKey(r.header(L2Request.API_KEY))
                .filter(k -> k.passphrase().equals(r.header(L2Request.PASSPHRASE)))
                .filter(k -> ApiKeyRegistry.normalise(k.address()).equals(ApiKeyRegistry.normalise(address)))
                .filter(k -> matches(k, signature, timestamp + r.method() + r.path() + r.body())
                        || !r.query().isEmpty()
                        && matches(k, signature, timestamp + r.method() + r.path() + "?" + r.query() + r.body()));
    }

    /** base64url(HMAC-SHA256(base64url-decode(secret), message)). */
    public static String sign(String secret, String message) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(secret), HMAC));
            return Base64.getUrlEncoder().encodeToString(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    private static boolean matches(ApiKey key, String signature, String message) {
        byte[] expected = sign(key.secret(), message).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
    }
}
