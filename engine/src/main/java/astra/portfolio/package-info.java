/**
 * Portfolio arithmetic: how fills add up to positions. Pure functions, no I/O.
 *
 * <p>Invariants: a position is a fold of its token's counting fills in the order they happened;
 * a buy adds its size and its cost (notional plus fee), a sell takes out the average cost of what
 * it sold and realizes the difference to its proceeds net of fee; tokens are never held short, so
 * a sell beyond the holding is refused ({@link astra.portfolio.SellExceedsHoldingException}); a
 * FAILED fill does not count. All amounts are exact micros; where a share of the cost must be
 * split, the split is rounded half-even and what stays plus what leaves is always the whole cost.
 */
package astra.portfolio;
