package astra.report;

import astra.domain.Liquidity;
import java.util.List;
import java.util.Locale;

/**
 * The report as one self-contained HTML page: inline CSS, three inline SVG charts (equity curve
 * {@code #equity-chart}, 2-minute markout histogram maker vs taker {@code #markout-histogram},
 * exposure by cluster {@code #cluster-exposure}), the gates table and the maker/taker tables.
 * No script, font, stylesheet or image is fetched from anywhere; every piece of text from the data
 * (market and cluster names above all) is escaped.
 */
public final class TruthReportHtml {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#1a202c;max-width:1100px}
            h1{font-size:22px;margin-bottom:4px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #e2e8f0}
            .sub{color:#4a5568;font-size:13px}
            table{border-collapse:collapse;font-size:13px;margin:8px 0}
            th,td{border:1px solid #e2e8f0;padding:4px 8px;text-align:right}
            th{background:#f7fafc}td.l,th.l{text-align:left}
            .PASS{background:#c6f6d5}.FAIL{background:#fed7d7}.NOT_ENOUGH_DATA{background:#fefcbf}
            .warn{background:#fffaf0;border-left:4px solid #dd6b20;padding:6px 12px;font-size:13px}
            .cards{display:flex;gap:12px;flex-wrap:wrap}.card{border:1px solid #e2e8f0;padding:8px 14px;border-radius:6px}
            .card b{display:block;font-size:18px}svg{display:block;margin:10px 0;background:#fff}
            """;

    private TruthReportHtml() {}

    public static String render(TruthReport r) {
        StringBuilder s = new StringBuilder();
        s.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>Truth report ")
                .append(e(r.start().toString())).append("</title>\n<style>").append(CSS).append("</style></head><body>\n");
        s.append("<h1>Truth report</h1>\n<div class=\"sub\">").append(e(r.start() + " → " + r.end())).append(" · ")
                .append(e(Fmt.duration(r.duration()))).append(" · returns per ").append(e(Fmt.duration(r.bucket())))
                .append(" bucket · bankroll ").append(e(r.bankroll().toString())).append("</div>\n");
        cards(s, r);
        warnings(s, r.warnings());
        s.append("<h2>Gates</h2>\n");
        gates(s, r.gates());
        s.append("<h2>Equity</h2>\n").append(SvgCharts.equity(r.equityCurve()));
        s.append("<h2>Maker vs taker</h2>\n");
        liquidityTable(s, r);
        markoutTable(s, r);
        s.append(SvgCharts.markoutHistogram(r.maker().markouts().get(Horizon.M2).values(),
                r.taker().markouts().get(Horizon.M2).values()));
        s.append("<h2>Concentration</h2>\n");
        s.append("<p class=\"sub\">Shares are of absolute P&amp;L: top-5 markets ")
                .append(e(Fmt.pct(r.concentration().top5Share()))).append(", largest cluster ")
                .append(e(Fmt.pct(r.concentration().maxClusterPnlShare()))).append(".</p>\n");
        s.append(SvgCharts.clusterExposure(r.concentration().clusters()));
        clusterTable(s, r.concentration());
        marketTable(s, r.concentration());
        return s.append("</body></html>\n").toString();
    }

    private static void cards(StringBuilder s, TruthReport r) {
        Performance p = r.performance();
        s.append("<div class=\"cards\">\n");
        card(s, "total P&L", r.totalPnl().toString());
        card(s, "realized", r.realizedPnl().toString());
        card(s, "unrealized", r.unrealizedPnl().toString());
        card(s, "fills", r.fillsCounted() + " (" + r.fillsFailedExcluded() + " failed excl.)");
        card(s, "Sharpe", Fmt.num(p.sharpe(), 2) + " / stressed " + Fmt.num(r.stressedPerformance().sharpe(), 2)
                + " (" + p.buckets() + " buckets)");
        card(s, "max drawdown", Fmt.pct(p.maxDrawdown()));
        card(s, "Calmar", Fmt.num(p.calmar(), 2));
        card(s, "fill rate", Fmt.pct(r.fillRate().actual()) + " vs " + Fmt.pct(r.fillRate().assumed()));
        s.append("</div>\n");
    }

    private static void card(StringBuilder s, String title, String value) {
        s.append("<div class=\"card\">").append(e(title)).append("<b>").append(e(value)).append("</b></div>\n");
    }

    private static void warnings(StringBuilder s, List<String> warnings) {
        if (warnings.isEmpty()) {
            return;
        }
        s.append("<h2>Warnings</h2>\n<div class=\"warn\"><ul>\n");
        warnings.forEach(w -> s.append("<li>").append(e(w)).append("</li>\n"));
        s.append("</ul></div>\n");
    }

    private static void gates(StringBuilder s, List<Gate> gates) {
        s.append("<table id=\"gates\"><tr><th class=\"l\">gate</th><th class=\"l\">criterion</th><th>measured</th>"
                + "<th>threshold</th><th>verdict</th></tr>\n");
        for (Gate g : gates) {
            for (GateCriterion c : g.criteria()) {
                s.append("<tr><td class=\"l\">").append(e(g.name())).append("</td><td class=\"l\">").append(e(c.criterion()))
                        .append("</td><td>").append(e(c.measured())).append("</td><td>").append(e(c.threshold()))
                        .append("</td><td class=\"").append(c.verdict().name()).append("\">").append(c.verdict().name())
                        .append("</td></tr>\n");
            }
            s.append("<tr><th class=\"l\">").append(e(g.name())).append("</th><th class=\"l\" colspan=\"3\">")
                    .append(e(g.purpose())).append("</th><th class=\"").append(g.verdict().name()).append("\">")
                    .append(g.verdict().name()).append("</th></tr>\n");
        }
        s.append("</table>\n");
    }

    private static void liquidityTable(StringBuilder s, TruthReport r) {
        s.append("<table id=\"maker-taker\"><tr><th class=\"l\"></th><th>fills</th><th>volume</th><th>notional</th>"
                + "<th>fees</th><th>edge</th><th>drift</th><th>P&amp;L</th><th>mean spread/share</th>"
                + "<th>median spread/share</th></tr>\n");
        for (LiquidityBreakdown b : List.of(r.maker(), r.taker())) {
            s.append("<tr><td class=\"l\">").append(name(b.liquidity())).append("</td>");
            cells(s, List.of(Integer.toString(b.fills()), b.volume().toString(), b.notional().toString(),
                    b.fees().toString(), b.edge().toString(), b.drift().toString(), b.pnl().toString(),
                    Fmt.num(b.meanEdgePerShare(), 4), Fmt.num(b.medianEdgePerShare(), 4)));
            s.append("</tr>\n");
        }
        s.append("</table>\n<p class=\"sub\">edge = sign × (mid at fill − price) × size; drift = sign × (end mid − mid at"
                + " fill) × size; P&amp;L = edge + drift − fees.</p>\n");
    }

    private static void markoutTable(StringBuilder s, TruthReport r) {
        s.append("<table id=\"markouts\"><tr><th class=\"l\"></th><th class=\"l\">horizon</th><th>n</th><th>mean</th>"
                + "<th>median</th><th>t-stat</th><th>USD</th><th>vs reference: n</th><th>mean</th></tr>\n");
        for (LiquidityBreakdown b : List.of(r.maker(), r.taker())) {
            for (Horizon h : Horizon.values()) {
                MarkoutSummary m = b.markouts().get(h);
                MarkoutSummary ref = b.referenceMarkouts().get(h);
                s.append("<tr><td class=\"l\">").append(name(b.liquidity())).append("</td><td class=\"l\">")
                        .append(h.label()).append("</td>");
                cells(s, List.of(Integer.toString(m.count()), Fmt.num(m.mean(), 4), Fmt.num(m.median(), 4),
                        Fmt.num(m.tStat(), 2), Fmt.num(m.totalUsd(), 2), Integer.toString(ref.count()),
                        Fmt.num(ref.mean(), 4)));
                s.append("</tr>\n");
            }
        }
        s.append("</table>\n");
    }

    private static void clusterTable(StringBuilder s, Concentration c) {
        s.append("<table id=\"clusters\"><tr><th class=\"l\">cluster</th><th>markets</th><th>fills</th>"
                + "<th>exposure at end</th><th>peak exposure</th><th>P&amp;L</th><th>share of |P&amp;L|</th></tr>\n");
        for (ClusterFigures k : c.clusters()) {
            s.append("<tr><td class=\"l\">").append(e(k.cluster().value())).append("</td>");
            cells(s, List.of(Integer.toString(k.markets()), Integer.toString(k.fills()),
                    k.exposureAtEnd().toString(), k.peakExposure().toString(), k.pnl().toString(), Fmt.pct(k.pnlShare())));
            s.append("</tr>\n");
        }
        s.append("</table>\n");
    }

    private static void marketTable(StringBuilder s, Concentration c) {
        s.append("<table id=\"markets\"><tr><th class=\"l\">market (by |P&amp;L|)</th><th class=\"l\">cluster</th>"
                + "<th>fills</th><th>realized</th><th>unrealized</th><th>total</th></tr>\n");
        for (MarketPnl m : c.markets()) {
            s.append("<tr><td class=\"l\">").append(e(m.market().value())).append("</td><td class=\"l\">")
                    .append(e(m.cluster().value())).append("</td>");
            cells(s, List.of(Integer.toString(m.fills()), m.realized().toString(), m.unrealized().toString(),
                    m.total().toString()));
            s.append("</tr>\n");
        }
        s.append("</table>\n");
    }

    private static void cells(StringBuilder s, List<String> values) {
        values.forEach(v -> s.append("<td>").append(e(v)).append("</td>"));
    }

    private static String name(Liquidity l) {
        return l.name().toLowerCase(Locale.ROOT);
    }

    private static String e(String text) {
        return Html.escape(text);
    }
}
