package astra.e2e;

import astra.backtest.BacktestRun;
import astra.backtest.BacktestWorld;
import astra.backtest.StepView;
import astra.facts.FactStore;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.runtime.PaperSession;
import astra.runtime.RuntimeSettings;
import astra.simulator.scenario.Scenario;
import astra.simulator.scenario.ScenarioFile;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What the end-to-end tests share: a world from a small YAML scenario, a copy of the shipped rules
 * with some policy lines changed, and the stores and rules a {@link BacktestRun} needs. Closing it
 * closes everything it opened, last opened first.
 */
final class E2eBench implements AutoCloseable {
    /** Five standalone markets whose beliefs jump often, no closes or tick changes: moves every few seconds. */
    static final String FIVE_JUMPY_MARKETS = """
            run: {duration: 3m, step: 500ms}
            markets: {standalone: 5, negRiskEvents: 0}
            beliefs: {volatility: 3.0, jumps: {perHour: 240, sizeLogit: 0.4}}
            makers: {lag: 1s, requote: 1s}
            takers: {perMinute: 20}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            """;

    final BacktestWorld world;
    final RuntimeSettings settings;
    final Path rulesDir;
    final FactStore facts;
    final LiveRules rules;
    private final Path dbDir;
    private JdbcOrderStore store;

    /**
     * @param policyEdits exact lines of the shipped policy.yaml and what replaces each (a missing line fails)
     */
    E2eBench(Path temp, String scenarioYaml, long seed, Map<String, String> policyEdits, Properties overrides)
            throws Exception {
        this.rulesDir = rulesCopy(temp.resolve("rules"), policyEdits);
        this.settings = RuntimeSettings.load(overrides);
        Scenario scenario = ScenarioFile.parse(scenarioYaml, "e2e", "test scenario");
        this.world = BacktestWorld.start(scenario, Optional.of(seed), 0);
        this.facts = FactStore.start(PaperSession.factStoreConfig(settings));
        this.dbDir = temp.resolve("db");
        this.store = JdbcOrderStore.open(StoreConfig.h2File(dbDir), world.clock());
        this.rules = LiveRules.load(new RuleSetCompiler(world.clock()), world.clock(), rulesDir);
    }

    JdbcOrderStore store() {
        return store;
    }

    /** Closes the order store and opens its file again, as a process that died and restarted would. */
    JdbcOrderStore reopenStore() {
        store.close();
        store = JdbcOrderStore.open(StoreConfig.h2File(dbDir), world.clock());
        return store;
    }

    BacktestRun run(String runId, Consumer<StepView> observer) {
        return new BacktestRun(world, store, facts, rules, rulesDir, settings, runId, observer);
    }

    /** Steps the run until {@code millis} of the world's time have passed. */
    void stepFor(BacktestRun run, long millis) {
        long end = world.clock().millis() + millis;
        while (world.clock().millis() < end) {
            run.step();
        }
    }

    /** The shipped rules, copied, with the policy's lines replaced as asked. */
    static Path rulesCopy(Path target, Map<String, String> policyEdits) {
        Path shipped = Path.of(System.getProperty("astra.rules.dir", "../rules"));
        try (Stream<Path> files = Files.walk(shipped)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(shipped.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
            Path policy = target.resolve("policy.yaml");
            String text = Files.readString(policy);
            for (Map.Entry<String, String> edit : policyEdits.entrySet()) {
                if (!text.contains(edit.getKey())) {
                    throw new IllegalArgumentException("policy.yaml has no line '" + edit.getKey() + "'");
                }
                text = text.replace(edit.getKey(), edit.getValue());
            }
            Files.writeString(policy, text);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Properties properties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Override
    public void close() {
        store.close();
        facts.close();
        world.close();
    }
}
