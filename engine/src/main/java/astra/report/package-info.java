/**
 * The truth report: an honest account of a trading session, computed purely from data (fills,
 * mids, markouts, clusters, bankroll) with no clock and no I/O, and rendered as JSON, terminal
 * text, a self-contained HTML page and a CSV fill log.
 *
 * <p>Definitions (see {@code /work/shared/STRATEGY.md}, "Truth report definitions" and
 * "Markouts and toxicity"; {@code docs/truth-report.md} records where choices were made):
 * <ul>
 *   <li>FAILED fills do not count anywhere (they are only counted as excluded).</li>
 *   <li>P&L = realized (average cost through {@link astra.portfolio.PositionLedger}, fees included)
 *       + unrealized (open size × end mid − remaining cost). Maker and taker P&L are attributed
 *       per fill as sign × (end mid − price) × size − fee, which sums to the same total.</li>
 *   <li>Realized spread of a fill = sign × (mid at fill − price) per share; markout at horizon h =
 *       sign × (mid(t + h) − price) per share; sign +1 buy, −1 sell; positive is good for us.</li>
 *   <li>Equity at a bucket boundary = bankroll + P&L with positions marked to the latest mid
 *       known at that instant (never a later one); r = bucket P&L / equity at the bucket's start.</li>
 *   <li>Sharpe = mean(r) / sample stdev(r) × √(buckets per 365-day year); max drawdown a fraction
 *       ≤ 0; Calmar = simple annualized return / |max drawdown|.</li>
 *   <li>Concentration shares (top-5 markets, per cluster) are shares of absolute P&L.</li>
 * </ul>
 *
 * <p>Invariants: money is {@link astra.domain.Usd} or exact {@link java.math.BigDecimal}, rounded
 * half-even to a micro only when stored as Usd; statistics are BigDecimal at
 * {@link java.math.MathContext#DECIMAL64}, square roots by {@code BigDecimal.sqrt} (no double
 * touches a number that is reported; the HTML charts convert to double only for pixel positions).
 * An undefined statistic is empty, never zero, and a gate that rests on too little data says
 * NOT_ENOUGH_DATA, never PASS. A report is immutable; renderers are pure functions of it.
 */
package astra.report;
