/**
 * The venue's two authentication levels: L1 (an EIP-712 {@code ClobAuth} signature by the wallet
 * key, to create or derive API credentials) and L2 (an HMAC-SHA256 of each request with the API
 * secret), and loading the secrets they need.
 *
 * <p>Invariants: secrets come from the environment, never from committed files; every type that
 * holds a secret (key, API secret, passphrase) prints {@code ***}; the L2 signature covers exactly
 * the bytes of the body that is sent.
 */
package astra.polymarket.auth;
