/**
 * Checks, before trading, that the wallet can trade: the RPC serves the configured chain, the
 * gas payer has gas, the funder holds pUSD, and pUSD allowances and CTF approvals are set for each
 * exchange contract (CTF V2, NegRisk V2, ExchangeV3). Read-only JSON-RPC over java.net.http with
 * calls ABI-encoded by hand.
 *
 * <p>Invariants: every check ends PASS or FAIL with a message a person can act on ("approve pUSD
 * for the NegRisk exchange 0xe222…"); a check that cannot be read (RPC error, no contract) is a FAIL
 * saying so, never a PASS; the report passes only when every check passes. Amounts are integers
 * (pUSD micros, wei), never doubles.
 */
package astra.polymarket.wallet;
