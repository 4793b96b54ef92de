package astra.simulator.world;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Venue-shaped identifiers made from names: the same name always gives the same id, and ids look
 * like the venue's (a condition id is 0x + 64 hex digits, a token id a decimal uint256).
 */
public final class VenueIds {
    private VenueIds() {}

    public static String conditionId(String name) {
        return "0x" + HexFormat.of().formatHex(sha256(name));
    }

    public static String tokenId(String name) {
        return new BigInteger(1, sha256(name)).toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is unavailable", e);
        }
    }
}
