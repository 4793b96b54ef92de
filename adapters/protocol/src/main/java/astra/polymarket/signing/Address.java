package astra.polymarket.signing;

import org.web3j.crypto.Keys;

/** A 20-byte account or contract address, held in lower case; EIP-55 checksum on request. */
public record Address(String value) {
    public static final Address ZERO = of("0x0000000000000000000000000000000000000000");

    public Address {
        value = Hex.normalize(value, 20, "address");
    }

    public static Address of(String hex) {
        return new Address(hex);
    }

    /** The 20 raw bytes. */
    public byte[] bytes() {
        return Hex.parse(value, 20, "address");
    }

    /** The mixed-case EIP-55 form wallets and the venue's SDKs print. */
    public String checksummed() {
        return Keys.toChecksumAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
