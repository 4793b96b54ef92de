package astra.polymarket.auth;

/** The venue's L2 API credentials. All three are secrets; {@link #toString()} prints none. */
public record ApiCredentials(String key, String secret, String passphrase) {
    public ApiCredentials {
        require(key, "API key");
        require(secret, "API secret");
        require(passphrase, "API passphrase");
    }

    private static void require(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    @Override
    public String toString() {
        return "ApiCredentials[key=***, secret=***, passphrase=***]";
    }
}
