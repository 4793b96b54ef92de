/**
 * The Polymarket CLOB adapter: the venue's protocol and nothing of strategy.
 *
 * <p>Invariants: V2 orders are signed for domain "2" (plain or negRisk exchange), V3 markets for
 * domain "3"; amounts follow the venue's rounding exactly; secrets never reach a log; parsers
 * accept every captured schema in {@code ../shared/fixtures/polymarket} and report malformed input
 * as an error with a counter, never a crash.
 */
package astra.polymarket;
