package astra.simulator.auth;

/**
 * Checks a posted order's EIP-712 signature under its market's domain and gives its hash. The
 * implementation with real cryptography comes from the shared protocol module.
 */
@FunctionalInterface
public interface OrderSignatureVerifier {
    OrderCheck check(SignedOrderFields order, SigningDomain domain);
}
