package astra.simulator.auth;

import java.util.Objects;

/**
 * One trader's L2 credentials as the venue stores them, with the wallet address they belong to.
 * {@link #toString()} shows only the address.
 */
public record ApiKey(String key, String secret, String passphrase, String address) {
    public ApiKey {
        Objects.requireNonNull(key, "api key");
        Objects.requireNonNull(secret, "api secret");
        Objects.requireNonNull(passphrase, "api passphrase");
        Objects.requireNonNull(address, "address");
    }

    @Override
    public String toString() {
        return "ApiKey[key=***, secret=***, passphrase=***, address=" + address + "]";
    }
}
