package astra.report;

import java.util.List;

/** The report as a compact terminal summary: headline P&L, maker vs taker, risk, gates, warnings. */
public final class TruthReportText {
    private TruthReportText() {}

    public static String render(TruthReport r) {
        StringBuilder s = new StringBuilder();
        s.append("TRUTH REPORT  ").append(r.start()).append(" → ").append(r.end())
                .append("  (").append(Fmt.duration(r.duration())).append(", buckets of ")
                .append(Fmt.duration(r.bucket())).append(")\n");
        s.append("bankroll ").append(r.bankroll()).append("   fills ").append(r.fillsCounted())
                .append(" (").append(r.fillsFailedExcluded()).append(" FAILED excluded)\n\n");

        s.append(String.format("P&L  total %s = realized %s + unrealized %s%n",
                r.totalPnl(), r.realizedPnl(), r.unrealizedPnl()));
        s.append(String.format("%-7s %6s %12s %10s %10s %10s %10s %12s %12s%n",
                "", "fills", "notional", "fees", "edge", "drift", "P&L", "med spread", "2m markout"));
        for (LiquidityBreakdown b : List.of(r.maker(), r.taker())) {
            MarkoutSummary m2 = b.markouts().get(Horizon.M2);
            s.append(String.format("%-7s %6d %12s %10s %10s %10s %10s %12s %12s%n",
                    b.liquidity().name().toLowerCase(java.util.Locale.ROOT), b.fills(), b.notional(), b.fees(),
                    b.edge(), b.drift(), b.pnl(), Fmt.num(b.medianEdgePerShare(), 4), Fmt.num(m2.mean(), 4)));
        }
        s.append('\n');

        Performance p = r.performance();
        s.append(String.format("Sharpe %s (stressed %s) from %d buckets   max drawdown %s   Calmar %s%n",
                Fmt.num(p.sharpe(), 2), Fmt.num(r.stressedPerformance().sharpe(), 2), p.buckets(),
                Fmt.pct(p.maxDrawdown()), Fmt.num(p.calmar(), 2)));
        s.append(String.format("return %s (annualized %s)   fill rate %s vs assumed %s%n",
                Fmt.pct(p.totalReturn()), Fmt.pct(p.annualizedReturn()), Fmt.pct(r.fillRate().actual()),
                Fmt.pct(r.fillRate().assumed())));
        Concentration c = r.concentration();
        s.append(String.format("top-5 markets %s of |P&L|   %d clusters, max cluster %s of |P&L|%n%n",
                Fmt.pct(c.top5Share()), c.clustersTraded(), Fmt.pct(c.maxClusterPnlShare())));

        s.append(String.format("%-4s %-48s %-40s %-16s %s%n", "gate", "criterion", "measured", "threshold", "verdict"));
        for (Gate g : r.gates()) {
            for (GateCriterion k : g.criteria()) {
                s.append(String.format("%-4s %-48s %-40s %-16s %s%n", g.name(), k.criterion(), k.measured(),
                        k.threshold(), k.verdict()));
            }
            s.append(String.format("%-4s %-48s %-40s %-16s %s%n", g.name(), "=> gate " + g.name(), "", "", g.verdict()));
        }
        if (!r.warnings().isEmpty()) {
            s.append("\nWARNINGS\n");
            r.warnings().forEach(w -> s.append("  ! ").append(w).append('\n'));
        }
        return s.toString();
    }
}
