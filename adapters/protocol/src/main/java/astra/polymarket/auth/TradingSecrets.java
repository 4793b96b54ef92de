package astra.polymarket.auth;

import astra.polymarket.signing.PrivateKey;
import java.util.Objects;
import java.util.Optional;

/** The wallet key and, if already issued, the API credentials. Prints no secret. */
public record TradingSecrets(PrivateKey key, Optional<ApiCredentials> apiCredentials) {
    public TradingSecrets {
        Objects.requireNonNull(key, "key is missing");
        Objects.requireNonNull(apiCredentials, "apiCredentials is missing (use Optional.empty())");
    }

    @Override
    public String toString() {
        return "TradingSecrets[key=***, address=" + key.address() + ", apiCredentials="
                + (apiCredentials.isPresent() ? "***" : "none") + "]";
    }
}
