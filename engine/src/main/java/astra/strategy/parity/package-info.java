/**
 * Parity between a binary market's two books: buy both outcomes when ask_YES + ask_NO + fees &lt; 1
 * (a complete pair pays 1 at resolution, or merges to 1 now), sell both when
 * bid_YES + bid_NO − fees &gt; 1 (needs both tokens, or a split of collateral into a pair).
 *
 * <p>Invariants: both books are read as they are, never one inferred from the other as 1 − p
 * (inferred that way, ask_NO = 1 − bid_YES and the buy-both sum is 1 + the YES spread, so no
 * opportunity could ever be seen); fees come from the market's schedule at taker liquidity; every
 * opportunity is TAKER on both legs, flagged with leg risk and {@code atomicityRequired}; negRisk
 * markets (where parity spans the whole event) and stale or crossed books are refused. The rules
 * gate parity as well; this scanner only finds it.
 *
 * <p>Leg risk ({@link astra.strategy.parity.LegRisk}): when the legs fill unequally, only the
 * matched pairs are arbitrage; the unmatched remainder is reported as directional inventory (the
 * unpaired tokens held) and worked off by the maker under reduce-only quoting, never chased with
 * another taker order.
 */
package astra.strategy.parity;
