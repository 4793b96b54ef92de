/**
 * The venue's public metadata outside the CLOB: Gamma markets and events read into domain
 * {@link astra.domain.Market}s (with their rewards terms in {@link astra.polymarket.gamma.MarketListing}),
 * a catalog of the tradable ones that serves as the venue adapter's market directory, and the
 * data-API's positions for reconciliation.
 *
 * <p>Invariants: numbers are read exactly (BigDecimal, never a double) whether Gamma writes them as
 * numbers or text; {@code clobTokenIds} and {@code outcomes} are JSON-encoded strings and are paired
 * by index; a market whose fees are enabled but whose schedule is not published is refused with its
 * reason, never given a zero fee; a market is tradable only when active, accepting orders and not
 * closed.
 */
package astra.polymarket.gamma;
