package astra.polymarket.auth;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The POLY_* headers of one authenticated request, in the order they were built. Prints the
 * address and timestamp but redacts the key, passphrase and signature.
 */
public record AuthHeaders(Map<String, String> values) {
    public static final String ADDRESS = "POLY_ADDRESS";
    public static final String SIGNATURE = "POLY_SIGNATURE";
    public static final String TIMESTAMP = "POLY_TIMESTAMP";
    public static final String NONCE = "POLY_NONCE";
    public static final String API_KEY = "POLY_API_KEY";
    public static final String PASSPHRASE = "POLY_PASSPHRASE";

    private static final Set<String> REDACTED = Set.of(SIGNATURE, API_KEY, PASSPHRASE);

    public AuthHeaders {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public String get(String name) {
        return values.get(name);
    }

    @Override
    public String toString() {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + (REDACTED.contains(e.getKey()) ? "***" : e.getValue()))
                .collect(Collectors.joining(", ", "AuthHeaders[", "]"));
    }
}
