/**
 * EIP-712 order hashing and secp256k1 signing for the venue's exchange contracts.
 *
 * <p>Invariants: an order hash is {@code keccak256(0x1901 ‖ domainSeparator ‖ structHash)} with
 * the domain of the exchange the market trades on (V2 plain or negRisk, or V3), and it is the
 * venue's order id; domain separators and type hashes are computed once per domain, never per
 * order; signatures are deterministic (RFC 6979) and low-s, so the same order always yields the
 * same bytes; a private key never appears in a string, a log line or an exception message.
 */
package astra.polymarket.signing;
