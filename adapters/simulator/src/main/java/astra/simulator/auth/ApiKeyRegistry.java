package astra.simulator.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The venue's API keys, by key and by wallet address (lower-case). Deriving a key for an address
 * always gives the same credentials, like the venue's derive endpoint; the configured trader's
 * key is registered at start. Thread-safe: HTTP threads read it, the auth endpoints add to it.
 */
public final class ApiKeyRegistry {
    private final Map<String, ApiKey> byKey = new ConcurrentHashMap<>();
    private final Map<String, ApiKey> byAddress = new ConcurrentHashMap<>();

    public void register(ApiKey key) {
        byKey.put(key.key(), key);
        byAddress.put(normalise(key.address()), key);
    }

    public Optional<ApiKey> byKey(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    public Optional<ApiKey> byAddress(String address) {
        return address == null ? Optional.empty() : Optional.ofNullable(byAddress.get(normalise(address)));
    }

    /** The address's key, made deterministically from the address and nonce if it has none yet. */
    public ApiKey deriveFor(String address, long nonce) {
        return byAddress(address).orElseGet(() -> {
            byte[] seed = sha256(normalise(address) + "/" + nonce);
            String hex = HexFormat.of().formatHex(seed);
            ApiKey made = new ApiKey(hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16)
                    + "-" + hex.substring(16, 20) + "-" + hex.substring(20, 32),
                    Base64.getUrlEncoder().encodeToString(sha256(hex + "/secret")),
                    hex.substring(32, 64), address);
            register(made);
            return made;
        });
    }

    static String normalise(String address) {
        return address.toLowerCase(Locale.ROOT);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
