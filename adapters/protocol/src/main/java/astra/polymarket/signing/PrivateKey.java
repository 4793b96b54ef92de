package astra.polymarket.signing;

import java.math.BigInteger;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.crypto.Sign;

/**
 * A secp256k1 signing key and the address it controls. Prints as {@code ***} and never puts the
 * key in an exception message; load it from the environment, never from a committed file.
 */
public final class PrivateKey {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private final BigInteger d;
    private final ECKeyPair keyPair;
    private final Address address;

    private PrivateKey(BigInteger d) {
        if (d.signum() <= 0 || d.compareTo(N) >= 0) {
            throw new IllegalArgumentException("private key is outside the secp256k1 range");
        }
        this.d = d;
        this.keyPair = ECKeyPair.create(d);
        this.address = Address.of(Keys.getAddress(keyPair));
    }

    /** Parses 32 bytes of hex, with or without {@code 0x}. */
    public static PrivateKey fromHex(String hex) {
        return new PrivateKey(new BigInteger(1, Hex.parse(hex, 32, "private key")));
    }

    /** The address that signatures by this key recover to. */
    public Address address() {
        return address;
    }

    BigInteger scalar() {
        return d;
    }

    /** For cross-checks against web3j; not part of the signing path. */
    ECKeyPair keyPair() {
        return keyPair;
    }

    @Override
    public String toString() {
        return "***";
    }
}
