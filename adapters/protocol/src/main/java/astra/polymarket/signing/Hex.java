package astra.polymarket.signing;

import java.util.HexFormat;
import java.util.Locale;

/** Strict 0x-hex parsing: a wrong length or a stray character is an error, never padded away. */
public final class Hex {
    private static final HexFormat LOWER = HexFormat.of();

    private Hex() {}

    /**
     * Parses {@code 0x}-prefixed (or bare) hex of exactly {@code byteLength} bytes.
     *
     * @param what names the value in the error message (never echoes the value: it may be a key)
     */
    public static byte[] parse(String hex, int byteLength, String what) {
        byte[] bytes = parse(hex, what);
        if (bytes.length != byteLength) {
            throw new IllegalArgumentException(
                    what + " must be " + byteLength + " bytes of hex, got " + bytes.length);
        }
        return bytes;
    }

    /** Parses {@code 0x}-prefixed (or bare) hex of any even length. */
    public static byte[] parse(String hex, String what) {
        if (hex == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() % 2 != 0) {
            throw new IllegalArgumentException(what + " has an odd number of hex digits");
        }
        try {
            return LOWER.parseHex(digits);
        } catch (IllegalArgumentException e) {
            // The cause is dropped on purpose: its message quotes the input, which may be a key.
            throw new IllegalArgumentException(what + " is not valid hex");
        }
    }

    /** Checks {@code hex} holds {@code byteLength} bytes; returns it lower-case with {@code 0x}. */
    public static String normalize(String hex, int byteLength, String what) {
        parse(hex, byteLength, what);
        String lower = hex.toLowerCase(Locale.ROOT);
        return lower.startsWith("0x") ? lower : "0x" + lower;
    }

    /** Lower-case hex with a {@code 0x} prefix. */
    public static String of(byte[] bytes) {
        return "0x" + LOWER.formatHex(bytes);
    }
}
