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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code astra paper}: a paper session against the embedded simulator in real time. */
@Command(name = "paper", mixinStandardHelpOptions = true,
        description = "Run a paper session on the embedded simulator (real time): quotes, fills, the truth report.")
final class PaperCommand implements Callable<Integer> {
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    @Option(names = "--markets", defaultValue = "0", paramLabel = "N",
            description = "Trade at most N of the simulator's markets (default: all).")
    int markets;

    @Option(names = "--seed", description = "The simulated world's seed (default: the scenario's, else 42).")
    Long seed;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "A simulator scenario file (YAML, e.g. scenarios/toxic.yaml; default: the built-in defaults).")
    Path scenario;

    @Mixin
    SessionOptions session = new SessionOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        String runId = "paper-" + LocalDateTime.now(ZoneOffset.UTC).format(RUN_ID);
        Path home = StoreOptions.AstraHome.path();
        Path rulesDir = session.rulesDir(home);
        Optional<StoreConfig> storeConfig = store.url == null ? Optional.empty()
                : Optional.of(store.config(AstraCli.environment(spec)));
        PaperSession.Options options = new PaperSession.Options(session.duration(), markets,
                Optional.ofNullable(seed), scenario == null ? Scenario.defaults() : ScenarioFile.load(scenario), session.out(runId), storeConfig,
                home.resolve("data"), rulesDir, runId, new Properties());
        PaperSession.run(options, spec.commandLine().getOut());
        return 0;
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
                default: break;
            }
        } catch (RuntimeException e) {
            // fall through to the one error below
        }
        throw new IllegalArgumentException("--duration must look like 90s, 2m or 1h, was '" + text + "'");
    }
}
