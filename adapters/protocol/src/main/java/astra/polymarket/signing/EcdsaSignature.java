package astra.polymarket.signing;

import java.math.BigInteger;
import java.util.Objects;

/**
 * A recoverable secp256k1 signature as Ethereum writes it: 65 bytes {@code r ‖ s ‖ v} with
 * {@code v = 27 + recoveryId}.
 */
public record EcdsaSignature(BigInteger r, BigInteger s, int v) {
    public EcdsaSignature {
        Objects.requireNonNull(r, "r is missing");
        Objects.requireNonNull(s, "s is missing");
        if (v != 27 && v != 28) {
            throw new IllegalArgumentException("v must be 27 or 28, got " + v);
        }
        StructEncoder.uint256Bytes(r, "r");
        StructEncoder.uint256Bytes(s, "s");
    }

    /** Parses 65 bytes of hex; accepts v written as 0/1 or 27/28. */
    public static EcdsaSignature parse(String hex) {
        return fromBytes(Hex.parse(hex, 65, "signature"));
    }

    public static EcdsaSignature fromBytes(byte[] bytes) {
        if (bytes.length != 65) {
            throw new IllegalArgumentException("signature must be 65 bytes, got " + bytes.length);
        }
        BigInteger r = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 0, 32));
        BigInteger s = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 32, 64));
        int v = bytes[64] & 0xff;
        return new EcdsaSignature(r, s, v < 27 ? v + 27 : v);
    }

    public int recoveryId() {
        return v - 27;
    }

    public byte[] bytes() {
        byte[] out = new byte[65];
        byte[] rBytes = StructEncoder.uint256Bytes(r, "r");
        byte[] sBytes = StructEncoder.uint256Bytes(s, "s");
        System.arraycopy(rBytes, 0, out, 32 - rBytes.length, rBytes.length);
        System.arraycopy(sBytes, 0, out, 64 - sBytes.length, sBytes.length);
        out[64] = (byte) v;
        return out;
    }

    public String hex() {
        return Hex.of(bytes());
    }
}
