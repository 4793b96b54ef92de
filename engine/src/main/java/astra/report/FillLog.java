package astra.report;

import java.util.List;

/**
 * The counting fills of a report as CSV (RFC 4180: CRLF line ends, a header line, a field with a
 * comma, a double quote, CR or LF enclosed in double quotes with its quotes doubled). Columns:
 * time (ISO-8601), market, cluster, token, side, price, size, liquidity (MAKER/TAKER), fee,
 * mid_at_fill, status. Numbers are exact plain decimals.
 */
public final class FillLog {
    static final List<String> HEADER = List.of(
            "time", "market", "cluster", "token", "side", "price", "size", "liquidity", "fee", "mid_at_fill", "status");

    private FillLog() {}

    public static String csv(TruthReport report) {
        return csv(report.fills());
    }

    public static String csv(List<FillRecord> fills) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (FillRecord r : fills) {
            line(out, List.of(r.fill().time().toString(), r.fill().market().value(), r.cluster().value(),
                    r.fill().token().value(), r.fill().side().name(), r.fill().price().toString(),
                    r.fill().size().toString(), r.fill().liquidity().name(), r.fill().fee().toString(),
                    r.midAtFill().toString(), r.fill().status().name()));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(fields.get(i)));
        }
        out.append("\r\n");
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\r') >= 0
                || value.indexOf('\n') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
