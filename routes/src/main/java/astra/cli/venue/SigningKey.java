package astra.cli.venue;

import astra.cli.Environment;
import astra.polymarket.auth.EnvironmentSecrets;
import astra.polymarket.signing.PrivateKey;
import java.util.Map;

/** The signing key from {@code ASTRA_PRIVATE_KEY}; errors name the variable, never its value. */
final class SigningKey {
    private SigningKey() {}

    static PrivateKey from(Environment environment) {
        String value = environment.get(EnvironmentSecrets.PRIVATE_KEY);
        if (value == null) {
            throw new IllegalArgumentException(EnvironmentSecrets.PRIVATE_KEY + " is not set");
        }
        // Only the key is handed over: API credentials are not needed to sign and must not fail it.
        return EnvironmentSecrets.from(Map.of(EnvironmentSecrets.PRIVATE_KEY, value)).key();
    }
}
