package astra.polymarket.auth;

import astra.polymarket.signing.Address;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * L2 authentication: {@code POLY_SIGNATURE = base64url(HMAC-SHA256(base64url-decode(secret),
 * timestamp + method + requestPath + body))}. The method is used exactly as given (callers pass
 * "GET", "POST", "DELETE"); the body must be the very bytes sent, since a re-serialised body with
 * different spacing gives a different signature.
 */
public final class L2Auth {
    private static final String HMAC = "HmacSHA256";

    private final ApiCredentials credentials;
    private final Address address;
    private final SecretKeySpec macKey;

    public L2Auth(ApiCredentials credentials, Address address) {
        this.credentials = Objects.requireNonNull(credentials, "credentials are missing");
        this.address = Objects.requireNonNull(address, "address is missing");
        this.macKey = new SecretKeySpec(decodeSecret(credentials.secret()), HMAC);
    }

    /** The url-safe base64 HMAC of one request; {@code body} may be null or empty. */
    public String signature(String timestamp, String method, String requestPath, String body) {
        Objects.requireNonNull(timestamp, "timestamp is missing");
        Objects.requireNonNull(method, "method is missing");
        Objects.requireNonNull(requestPath, "request path is missing");
        String message = timestamp + method + requestPath + (body == null ? "" : body);
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(macKey);
            byte[] tag = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is unavailable", e);
        }
    }

    /** POLY_ADDRESS, POLY_SIGNATURE, POLY_TIMESTAMP, POLY_API_KEY, POLY_PASSPHRASE. */
    public AuthHeaders headers(long timestampSeconds, String method, String requestPath, String body) {
        String timestamp = Long.toString(timestampSeconds);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(AuthHeaders.ADDRESS, address.checksummed());
        headers.put(AuthHeaders.SIGNATURE, signature(timestamp, method, requestPath, body));
        headers.put(AuthHeaders.TIMESTAMP, timestamp);
        headers.put(AuthHeaders.API_KEY, credentials.key());
        headers.put(AuthHeaders.PASSPHRASE, credentials.passphrase());
        return new AuthHeaders(headers);
    }

    private static byte[] decodeSecret(String secret) {
        try {
            return Base64.getUrlDecoder().decode(secret);
        } catch (IllegalArgumentException e) {
            // The cause is dropped on purpose: its message may quote part of the secret.
            throw new IllegalArgumentException("API secret is not url-safe base64");
        }
    }

    @Override
    public String toString() {
        return "L2Auth[" + address + ", " + credentials + "]";
    }
}
