/**
 * The engine's {@link astra.ports.Venue} port over the venue's CLOB: prepares (signs) order
 * intents, submits them, cancels, and reads open orders and our fills back as domain values.
 *
 * <p>Invariants: each market's orders are signed for the exchange its directory entry names
 * (negRisk markets for the negRisk exchange, markets of the newer protocol for ExchangeV3), never
 * a default; a prepared order's venue id is its EIP-712 hash, known before it is sent; amounts
 * come from {@link astra.execution.OrderAmounts} exactly; a submit without a clear answer is
 * {@link astra.ports.SubmitOutcome.Ambiguous} for every order it carried, never rejected; a maker
 * fill pays no fee and a taker fill's fee comes from the market's published schedule.
 */
package astra.polymarket.venue;
