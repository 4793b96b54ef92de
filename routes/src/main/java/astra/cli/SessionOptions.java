package astra.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options every trading session command shares: how long, where the report goes, which rules. */
final class SessionOptions {
    @Option(names = "--duration", defaultValue = "2m", paramLabel = "DURATION",
            description = "How long to trade, e.g. 90s, 2m, 1h (default: ${DEFAULT-VALUE}).")
    String duration;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: ./out/<run id>/).")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules directory (default: <astra home>/rules).")
    Path rules;

    Duration duration() {
        return PaperCommand.parseDuration(duration);
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
}
