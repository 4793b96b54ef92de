/**
 * How the simulated venue knows its traders: API keys (L2 HMAC on every trading request), L1
 * wallet signatures for creating or deriving keys, and EIP-712 order signatures.
 *
 * <p>Invariants: a request or order is refused unless its check passes (no silent acceptance in
 * the server's own code); secrets never appear in {@code toString} or in errors. The EIP-712 and
 * L1 checks sit behind {@link astra.simulator.auth.OrderSignatureVerifier} and
 * {@link astra.simulator.auth.L1SignatureCheck} so the venue can share the protocol module's
 * cryptography without depending on the engine.
 */
package astra.simulator.auth;
