package astra.polymarket.auth;

import astra.polymarket.signing.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the trading secrets from environment variables. The private key is required; the API
 * credentials are optional (they can be derived with L1 auth) but all three or none must be set.
 * Errors name the missing variable, never a value.
 */
public final class EnvironmentSecrets {
    public static final String PRIVATE_KEY = "ASTRA_PRIVATE_KEY";
    public static final String API_KEY = "ASTRA_API_KEY";
    public static final String API_SECRET = "ASTRA_API_SECRET";
    public static final String API_PASSPHRASE = "ASTRA_API_PASSPHRASE";

    private EnvironmentSecrets() {}

    /** The key and, when configured, the API credentials of this process's environment. */
    public static TradingSecrets fromSystemEnvironment() {
        return from(System.getenv());
    }

    public static TradingSecrets from(Map<String, String> environment) {
        String keyHex = blankToNull(environment.get(PRIVATE_KEY));
        if (keyHex == null) {
            throw new IllegalArgumentException(PRIVATE_KEY + " is not set");
        }
        PrivateKey key;
        try {
            key = PrivateKey.fromHex(keyHex);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(PRIVATE_KEY + ": " + e.getMessage());
        }
        return new TradingSecrets(key, apiCredentials(environment));
    }

    private static Optional<ApiCredentials> apiCredentials(Map<String, String> environment) {
        String key = blankToNull(environment.get(API_KEY));
        String secret = blankToNull(environment.get(API_SECRET));
        String passphrase = blankToNull(environment.get(API_PASSPHRASE));
        if (key == null && secret == null && passphrase == null) {
            return Optional.empty();
        }
        List<String> missing = new ArrayList<>();
        if (key == null) {
            missing.add(API_KEY);
        }
        if (secret == null) {
            missing.add(API_SECRET);
        }
        if (passphrase == null) {
            missing.add(API_PASSPHRASE);
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException(
                    "API credentials are partly set; missing " + String.join(", ", missing));
        }
        return Optional.of(new ApiCredentials(key, secret, passphrase));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
