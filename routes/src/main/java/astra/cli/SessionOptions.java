package astra.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The options every trading session command shares: how long, where the report goes, which rules. */
final class SessionOptions {
    @Option(names = "--duration", paramLabel = "DURATION",
            description = "How long to trade, e.g. 90s, 2m, 1h, 1d (paper and live: wall time, default 2m; "
                    + "backtest: venue time, default 1h).")
    String duration;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: ./out/<run id>/).")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules directory (default: <astra home>/rules).")
    Path rules;

    /** The --duration given, else the command's default. */
    Duration duration(Duration orElse) {
        return duration == null ? orElse : parseDuration(duration);
    }

    Path out(String runId) {
        return out != null ? out : Path.of("out", runId);
    }

    /** The rules directory, which must exist. */
    Path rulesDir(Path home) {
        Path dir = rules != null ? rules : home.resolve("rules");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no rules directory at " + dir + " (give one with --rules)");
        }
        return dir;
    }

    /** "90s", "2m", "1h", "1d", or an ISO-8601 duration ("PT2M"). */
    static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            switch (t.charAt(t.length() - 1)) {
                case 's': return Duration.ofSeconds(n);
                case 'm': return Duration.ofMinutes(n);
                case 'h': return Duration.ofHours(n);
                case 'd': return Duration.ofDays(n);
                default: break;
            }
        } catch (RuntimeException e) {
            // fall through to the one error below
        }
        throw new IllegalArgumentException("--duration must look like 90s, 2m, 1h or 1d, was '" + text + "'");
    }
}
