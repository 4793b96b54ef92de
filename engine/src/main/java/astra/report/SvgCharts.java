package astra.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Inline SVG charts drawn in Java for the HTML report: no scripts, no external resources. Values
 * are turned into doubles here only to place pixels; every number printed on a chart comes from
 * the exact value.
 */
final class SvgCharts {
    static final String EQUITY_ID = "equity-chart";
    static final String MARKOUT_ID = "markout-histogram";
    static final String CLUSTER_ID = "cluster-exposure";

    private static final int W = 760;
    private static final int H = 280;
    private static final int LEFT = 90;
    private static final int RIGHT = 20;
    private static final int TOP = 30;
    private static final int BOTTOM = 40;
    private static final String MAKER_COLOUR = "#2b6cb0";
    private static final String TAKER_COLOUR = "#dd6b20";

    private SvgCharts() {}

    /** Equity and stressed equity at each bucket boundary, against time. */
    static String equity(List<EquityPoint> points) {
        StringBuilder s = open(EQUITY_ID, W, H, "Equity at each bucket boundary");
        BigDecimal min = points.get(0).equity().toBigDecimal();
        BigDecimal max = min;
        for (EquityPoint p : points) {
            min = min.min(p.equity().toBigDecimal()).min(p.stressedEquity().toBigDecimal());
            max = max.max(p.equity().toBigDecimal()).max(p.stressedEquity().toBigDecimal());
        }
        double lo = min.doubleValue();
        double hi = max.doubleValue();
        if (hi - lo < 1e-9) {
            lo -= 1;
            hi += 1;
        }
        long t0 = points.get(0).time().toEpochMilli();
        long span = Math.max(1, points.get(points.size() - 1).time().toEpochMilli() - t0);
        axes(s);
        label(s, LEFT - 6, TOP + 4, "end", plain(max));
        label(s, LEFT - 6, H - BOTTOM, "end", plain(min));
        label(s, LEFT, H - BOTTOM + 18, "start", points.get(0).time().toString());
        label(s, W - RIGHT, H - BOTTOM + 18, "end", points.get(points.size() - 1).time().toString());
        StringBuilder actual = new StringBuilder();
        StringBuilder stressed = new StringBuilder();
        for (EquityPoint p : points) {
            double x = LEFT + (W - LEFT - RIGHT) * (double) (p.time().toEpochMilli() - t0) / span;
            actual.append(px(x)).append(',').append(px(y(p.equity().toBigDecimal().doubleValue(), lo, hi))).append(' ');
            stressed.append(px(x)).append(',').append(px(y(p.stressedEquity().toBigDecimal().doubleValue(), lo, hi)))
                    .append(' ');
        }
        s.append("<polyline class=\"equity\" fill=\"none\" stroke=\"").append(MAKER_COLOUR)
                .append("\" stroke-width=\"2\" points=\"").append(actual.toString().trim()).append("\"/>\n");
        s.append("<polyline class=\"stressed\" fill=\"none\" stroke=\"").append(TAKER_COLOUR)
                .append("\" stroke-width=\"1.5\" stroke-dasharray=\"5,3\" points=\"").append(stressed.toString().trim())
                .append("\"/>\n");
        legend(s, "equity", MAKER_COLOUR, "equity after cost stress", TAKER_COLOUR);
        return s.append("</svg>\n").toString();
    }

    /** Histogram of 2-minute markouts per share, maker and taker side by side in shared bins. */
    static String markoutHistogram(List<BigDecimal> maker, List<BigDecimal> taker) {
        StringBuilder s = open(MARKOUT_ID, W, H, "2-minute markouts per share, maker vs taker");
        axes(s);
        if (maker.isEmpty() && taker.isEmpty()) {
            label(s, W / 2, H / 2, "middle", "no 2m markouts");
            return s.append("</svg>\n").toString();
        }
        BigDecimal min = null;
        BigDecimal max = null;
        for (List<BigDecimal> xs : List.of(maker, taker)) {
            for (BigDecimal x : xs) {
                min = min == null ? x : min.min(x);
                max = max == null ? x : max.max(x);
            }
        }
        int bins = Math.max(1, Math.min(20, maker.size() + taker.size()));
        double lo = min.doubleValue();
        double hi = max.doubleValue();
        if (hi - lo < 1e-12) {
            lo -= 0.005;
            hi += 0.005;
        }
        int[] makerCounts = counts(maker, lo, hi, bins);
        int[] takerCounts = counts(taker, lo, hi, bins);
        int top = 1;
        for (int i = 0; i < bins; i++) {
            top = Math.max(top, Math.max(makerCounts[i], takerCounts[i]));
        }
        double binWidth = (double) (W - LEFT - RIGHT) / bins;
        for (int i = 0; i < bins; i++) {
            bar(s, "maker", LEFT + i * binWidth + 1, binWidth / 2 - 1, makerCounts[i], top, MAKER_COLOUR);
            bar(s, "taker", LEFT + i * binWidth + binWidth / 2, binWidth / 2 - 1, takerCounts[i], top, TAKER_COLOUR);
        }
        if (lo < 0 && hi > 0) {
            double zero = LEFT + (W - LEFT - RIGHT) * (-lo) / (hi - lo);
            s.append("<line class=\"zero\" x1=\"").append(px(zero)).append("\" y1=\"").append(TOP).append("\" x2=\"")
                    .append(px(zero)).append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#444\" stroke-dasharray=\"2,2\"/>\n");
        }
        label(s, LEFT - 6, TOP + 4, "end", Integer.toString(top));
        label(s, LEFT - 6, H - BOTTOM, "end", "0");
        label(s, LEFT, H - BOTTOM + 18, "start", plain(min));
        label(s, W - RIGHT, H - BOTTOM + 18, "end", plain(max));
        legend(s, "maker (" + maker.size() + ")", MAKER_COLOUR, "taker (" + taker.size() + ")", TAKER_COLOUR);
        return s.append("</svg>\n").toString();
    }

    /** Horizontal bars per cluster: peak exposure (light) with exposure at the end (dark) over it. */
    static String clusterExposure(List<ClusterFigures> clusters) {
        int rowHeight = 26;
        int height = Math.max(120, TOP + BOTTOM + rowHeight * clusters.size());
        StringBuilder s = open(CLUSTER_ID, W, height, "Exposure by cluster (size × mark)");
        int labelWidth = 180;
        if (clusters.isEmpty()) {
            label(s, W / 2, height / 2, "middle", "no clusters traded");
            return s.append("</svg>\n").toString();
        }
        double top = 0;
        for (ClusterFigures c : clusters) {
            top = Math.max(top, Math.max(c.peakExposure().toBigDecimal().doubleValue(),
                    c.exposureAtEnd().toBigDecimal().doubleValue()));
        }
        if (top <= 0) {
            top = 1;
        }
        double usable = W - labelWidth - RIGHT - 90;
        for (int i = 0; i < clusters.size(); i++) {
            ClusterFigures c = clusters.get(i);
            double y = TOP + i * rowHeight;
            double peak = usable * c.peakExposure().toBigDecimal().doubleValue() / top;
            double atEnd = usable * c.exposureAtEnd().toBigDecimal().doubleValue() / top;
            label(s, labelWidth - 6, (int) y + 16, "end", c.cluster().value());
            rect(s, "peak", labelWidth, y + 2, peak, rowHeight - 6, "#90cdf4");
            rect(s, "end", labelWidth, y + 6, atEnd, rowHeight - 14, MAKER_COLOUR);
            label(s, (int) (labelWidth + peak + 6), (int) y + 16, "start",
                    c.peakExposure() + " (end " + c.exposureAtEnd() + ")");
        }
        legend(s, "peak exposure", "#90cdf4", "exposure at end", MAKER_COLOUR);
        return s.append("</svg>\n").toString();
    }

    private static int[] counts(List<BigDecimal> xs, double lo, double hi, int bins) {
        int[] counts = new int[bins];
        for (BigDecimal x : xs) {
            int i = (int) Math.floor((x.doubleValue() - lo) / (hi - lo) * bins);
            counts[Math.min(bins - 1, Math.max(0, i))]++;
        }
        return counts;
    }

    private static StringBuilder open(String id, int width, int height, String title) {
        StringBuilder s = new StringBuilder();
        s.append("<svg id=\"").append(id).append("\" xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" role=\"img\">\n");
        s.append("<title>").append(Html.escape(title)).append("</title>\n");
        s.append("<text x=\"").append(LEFT).append("\" y=\"18\" font-size=\"13\" font-weight=\"bold\">")
                .append(Html.escape(title)).append("</text>\n");
        return s;
    }

    private static void axes(StringBuilder s) {
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(TOP).append("\" x2=\"").append(LEFT)
                .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#888\"/>\n");
        s.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(H - BOTTOM).append("\" x2=\"").append(W - RIGHT)
                .append("\" y2=\"").append(H - BOTTOM).append("\" stroke=\"#888\"/>\n");
    }

    private static void bar(StringBuilder s, String cls, double x, double width, int count, int top, String colour) {
        if (count == 0) {
            return;
        }
        double height = (H - TOP - BOTTOM) * (double) count / top;
        rect(s, cls, x, H - BOTTOM - height, width, height, colour);
    }

    private static void rect(StringBuilder s, String cls, double x, double y, double width, double height, String colour) {
        s.append("<rect class=\"").append(cls).append("\" x=\"").append(px(x)).append("\" y=\"").append(px(y))
                .append("\" width=\"").append(px(Math.max(0, width))).append("\" height=\"").append(px(Math.max(0, height)))
                .append("\" fill=\"").append(colour).append("\"/>\n");
    }

    private static void label(StringBuilder s, int x, int y, String anchor, String text) {
        s.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"11\" text-anchor=\"")
                .append(anchor).append("\">").append(Html.escape(text)).append("</text>\n");
    }

    private static void legend(StringBuilder s, String first, String firstColour, String second, String secondColour) {
        int x = W - 320;
        s.append("<rect x=\"").append(x).append("\" y=\"8\" width=\"12\" height=\"10\" fill=\"").append(firstColour)
                .append("\"/>\n");
        label(s, x + 16, 17, "start", first);
        s.append("<rect x=\"").append(x + 150).append("\" y=\"8\" width=\"12\" height=\"10\" fill=\"")
                .append(secondColour).append("\"/>\n");
        label(s, x + 166, 17, "start", second);
    }

    private static String plain(BigDecimal x) {
        return x.signum() == 0 ? "0" : x.stripTrailingZeros().toPlainString();
    }

    private static double y(double value, double lo, double hi) {
        return H - BOTTOM - (H - TOP - BOTTOM) * (value - lo) / (hi - lo);
    }

    private static String px(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
