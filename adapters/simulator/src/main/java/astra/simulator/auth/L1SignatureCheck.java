package astra.simulator.auth;

/**
 * Whether an L1 header set (POLY_ADDRESS, POLY_TIMESTAMP, POLY_NONCE, POLY_SIGNATURE) carries the
 * address's EIP-712 {@code ClobAuth} signature. The cryptography lives in the shared protocol
 * module; the simulator only asks.
 */
@FunctionalInterface
public interface L1SignatureCheck {
    boolean valid(String address, String timestamp, long nonce, String signature);
}
