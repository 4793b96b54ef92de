/**
 * Which markets to quote: a bounded quoteability score per market
 * ({@link astra.strategy.select.QuoteabilityScorer}) and the active set, the top N by score with at
 * most K per cluster ({@link astra.strategy.select.ActiveSetSelector}).
 *
 * <p>Invariants: every score and component lies in [0, 1] and is exact ({@link java.math.BigDecimal}
 * at {@value astra.strategy.select.QuoteabilityScorer#SCALE} decimals); the rules' hard vetoes come
 * before any score (a vetoed market is never selected, whatever it scores); selection is
 * deterministic (ties broken by condition id), and every market left out is listed with its reason.
 */
package astra.strategy.select;
