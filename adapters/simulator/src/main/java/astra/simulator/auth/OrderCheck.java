package astra.simulator.auth;

import java.util.Objects;

/**
 * The verdict on a signed order: its EIP-712 hash (the venue's order id) when valid, or why not.
 */
public record OrderCheck(Verdict verdict, String orderHash) {
    /** VALID, a bad signature, or an order signed for V1 (the venue's order_version_mismatch). */
    public enum Verdict { VALID, INVALID_SIGNATURE, VERSION_MISMATCH }

    public OrderCheck {
        Objects.requireNonNull(verdict, "verdict");
        if (verdict == Verdict.VALID && (orderHash == null || orderHash.isBlank())) {
            throw new IllegalArgumentException("a valid order needs its hash");
        }
    }

    public static OrderCheck valid(String orderHash) {
        return new OrderCheck(Verdict.VALID, orderHash);
    }

    public static OrderCheck invalid() {
        return new OrderCheck(Verdict.INVALID_SIGNATURE, null);
    }

    public static OrderCheck versionMismatch() {
        return new OrderCheck(Verdict.VERSION_MISMATCH, null);
    }
}
