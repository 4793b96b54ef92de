package astra.cli;

import astra.runtime.PaperSession;
import astra.simulator.scenario.Scenario;
import astra.simulator.scenario.ScenarioFile;
import astra.store.StoreConfig;
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

    @Mixin
    SessionOptions session = new SessionOptions();

    @Option(names = "--markets", defaultValue = "0", paramLabel = "N",
            description = "Trade at most N of the simulator's markets (default: all).")
    int markets;

    @Option(names = "--seed", description = "The simulated world's seed (default: the scenario's, else 42).")
    Long seed;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A simulator scenario file (YAML, e.g. scenarios/toxic.yaml; default: the built-in defaults).")
    Path scenario;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Overrides a runtime setting of application.properties, e.g. --set astra.decision.period-ms=500.")
    java.util.Map<String, String> settings = new java.util.LinkedHashMap<>();

    @Mixin
    StoreOptions store = new StoreOptions();

    /** The session's options; {@code kind} names the run ("paper", "backtest"). */
    PaperSession.Options options(String kind, Duration defaultDuration, CommandSpec spec) {
        String runId = kind + "-" + LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        Path home = StoreOptions.AstraHome.path();
        Path rulesDir = session.rulesDir(home);
        Optional<StoreConfig> storeConfig = store.url == null ? Optional.empty()
                : Optional.of(store.config(AstraCli.environment(spec)));
        Properties overrides = new Properties();
        overrides.putAll(settings);
        Scenario world = scenario == null ? Scenario.defaults() : ScenarioFile.load(scenario);
        return new PaperSession.Options(session.duration(defaultDuration), markets,
                Optional.ofNullable(seed), world, session.out(runId), storeConfig,
                home.resolve("data"), rulesDir, runId, overrides);
    }
}
