/**
 * {@code astra order sign|verify} and {@code astra auth l1}: the venue's signing and auth, run by
 * hand on files, for a person checking why the venue refuses a signature.
 *
 * <p>Invariants: the private key comes only from {@code ASTRA_PRIVATE_KEY} in the injected
 * {@link astra.cli.Environment} and is never printed, logged or put in an error message; every
 * field of an order is read exactly (integers as integers, never through {@code double}), and a
 * missing or malformed field is an error naming it, never a default; the exchange domain is the
 * one the flags name, through {@link astra.polymarket.signing.ExchangeContracts}, so the command
 * and the live signer cannot disagree about contracts.
 */
package astra.cli.venue;
