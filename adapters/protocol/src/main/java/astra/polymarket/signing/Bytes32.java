package astra.polymarket.signing;

/** A 32-byte word (order metadata, builder code, hashes), held as lower-case 0x hex. */
public record Bytes32(String value) {
    public static final Bytes32 ZERO = of("0x" + "0".repeat(64));

    public Bytes32 {
        value = Hex.normalize(value, 32, "bytes32");
    }

    public static Bytes32 of(String hex) {
        return new Bytes32(hex);
    }

    public static Bytes32 of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("bytes32 must be 32 bytes, got " + bytes.length);
        }
        return new Bytes32(Hex.of(bytes));
    }

    public byte[] bytes() {
        return Hex.parse(value, 32, "bytes32");
    }

    @Override
    public String toString() {
        return value;
    }
}
