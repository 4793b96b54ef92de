/**
 * The simulated venue's matching core: one price-time priority book per outcome token, two books
 * per binary market, and a planner that matches a taker against both (direct matches, and the
 * venue's mint/merge matches against the opposite outcome).
 *
 * <p>Invariants: every price and size is an exact {@code long} in millionths (never a double);
 * a resting price is on its market's tick with tick ≤ p ≤ 1 − tick; sizes have at most two
 * decimals, so every notional price × size is an exact number of micro-pUSD; within a price level
 * the oldest order (lowest sequence) fills first; after any placement neither a token's own book
 * nor the pair of books (YES bid + NO bid ≥ 1, YES ask + NO ask ≤ 1) is left crossed.
 */
package astra.simulator.matching;
