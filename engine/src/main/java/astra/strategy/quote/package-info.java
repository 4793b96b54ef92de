/**
 * The maker's quotes: fair value, the inventory-aware Avellaneda–Stoikov model in logit space with
 * a near-close jump-risk term, the mapping back to exact prices on the tick, and the debouncer
 * that decides whether a resting order is worth replacing.
 *
 * <p>The double boundary: {@link astra.strategy.quote.LogitSpreadModel} is the only class that
 * computes in {@code double} (logit, sigmoid, ln). It returns raw probabilities, which
 * {@link astra.strategy.quote.InventoryAwareQuoter} turns into {@link astra.domain.Price}s through
 * {@link astra.execution.TickRounding} (bids down, asks up, then clamped) before any other check;
 * every later step — the pair and book guards, sizes, the debouncer — is exact.
 *
 * <p>Invariants: a quote plan never holds a crossed pair (bid &lt; ask in YES terms), never a
 * quote that would cross either book by the venue's own matching (direct or mint/merge), every
 * quote is postOnly GTD with an expiration no later than the market's close margin, and every
 * size is at least the market's minimum, floored to the venue's size decimals.
 */
package astra.strategy.quote;
