package astra.cli;

import astra.runtime.PaperSession;
import astra.simulator.scenario.Scenario;
import astra.simulator.scenario.ScenarioFile;
import astra.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The flags a session over the simulated world takes, the same for {@code paper} (real time) and
 * {@code backtest} (virtual time), so one scenario runs the same way under both.
 */
final class SessionFlags {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Option(names = "--duration", paramLabel = "DURATION",
            description = "How long to trade, e.g. 90s, 2m, 1h (paper: wall time, default 2m; backtest: venue time, default 1h).")
    String duration;

    @Option(names = "--markets", defaultValue = "0", paramLabel = "N",
            description = "Trade at most N of the simulator's markets (default: all).")
    int markets;

    @Option(names = "--seed", description = "The simulated world's seed (default: the scenario's, else 42).")
    Long seed;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A simulator scenario file (YAML, e.g. scenarios/toxic.yaml; default: the built-in defaults).")
    Path scenario;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: ./out/<run id>/).")
    Path out;

    @Option(names = "--rules", paramLabel = "DIR", description = "The rules directory (default: <astra home>/rules).")
    Path rules;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Overrides a runtime setting of application.properties, e.g. --set astra.decision.period-ms=500.")
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

    @Mixin
    StoreOptions store = new StoreOptions();

    /** The session's options; {@code kind} names the run ("paper", "backtest"). */
    PaperSession.Options options(String kind, Duration defaultDuration, CommandSpec spec) {
        String runId = kind + "-" + LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        Path home = StoreOptions.AstraHome.path();
        Path rulesDir = rules != null ? rules : home.resolve("rules");
        if (!Files.isDirectory(rulesDir)) {
            throw new IllegalArgumentException("no rules directory at " + rulesDir + " (give one with --rules)");
        }
        Optional<StoreConfig> storeConfig = store.url == null ? Optional.empty()
                : Optional.of(store.config(AstraCli.environment(spec)));
        Properties overrides = new Properties();
        overrides.putAll(settings);
        Scenario world = scenario == null ? Scenario.defaults() : ScenarioFile.load(scenario);
        return new PaperSession.Options(duration == null ? defaultDuration : parseDuration(duration), markets,
                Optional.ofNullable(seed), world, out != null ? out : Path.of("out", runId), storeConfig,
                home.resolve("data"), rulesDir, runId, overrides);
    }

    /** "90s", "2m", "1h", or an ISO-8601 duration ("PT2M"). */
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
