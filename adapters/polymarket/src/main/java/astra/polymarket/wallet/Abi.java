package astra.polymarket.wallet;

import astra.polymarket.signing.Address;
import java.math.BigInteger;
import java.util.Locale;
import org.web3j.crypto.Hash;

/**
 * The little ABI encoding the preflight needs: a function's 4-byte selector (the first four bytes
 * of the keccak-256 of its signature, e.g. {@code balanceOf(address)} → {@code 0x70a08231}), static
 * address arguments left-padded to 32 bytes, and a uint256/bool answer word.
 */
final class Abi {
    private static final int WORD_HEX = 64;

    private Abi() {}

    static String selector(String signature) {
        return Hash.sha3String(signature).substring(0, 10);
    }

    /** Call data for a function taking only addresses. */
    static String call(String signature, Address... arguments) {
        StringBuilder data = new StringBuilder(selector(signature));
        for (Address a : arguments) {
            data.append("0".repeat(WORD_HEX - 40)).append(a.value().substring(2));
        }
        return data.toString();
    }

    /** A uint256 answer (also a bool: 0 or 1); "0x" alone means no contract answered. */
    static BigInteger uint(String hex, String what) {
        if (hex == null || !hex.startsWith("0x")) {
            throw new RpcException(what + ": answer is not hex: " + hex);
        }
        String digits = hex.substring(2);
        if (digits.isEmpty()) {
            throw new RpcException(what + ": empty answer (is there a contract at that address on this chain?)");
        }
        if (digits.length() > WORD_HEX) {
            digits = digits.substring(0, WORD_HEX);
        }
        try {
            return new BigInteger(digits.toLowerCase(Locale.ROOT), 16);
        } catch (NumberFormatException e) {
            throw new RpcException(what + ": answer is not hex: " + hex);
        }
    }
}
