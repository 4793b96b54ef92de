package astra.e2e;

import astra.backtest.BacktestRun;
import astra.backtest.BacktestWorld;
import astra.backtest.StepView;
import astra.domain.Fill;
import astra.facts.FactStore;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.runtime.PaperSession;
import astra.runtime.RuntimeSettings;
import astra.simulator.scenario.Scenario;
import astra.simulator.scenario.ScenarioFile;
import astra.simulator.venue.OrderView;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

/**
 * One backtest assembled for an end-to-end test: the simulator in virtual time on a scenario
 * written in the test, the fact store, an H2 order store, the rules from a given folder and a
 * {@link BacktestRun} over them, closed together. Also the small helpers the scenario tests share:
 * a scenario from YAML text, a copy of the shipped rules with an edited policy, and the venue's own
 * view of our open orders.
 */
final class BacktestHarness implements AutoCloseable {
    private final BacktestWorld world;
    private final FactStore facts;
    private final JdbcOrderStore store;
    private final BacktestRun run;

    private BacktestHarness(BacktestWorld world, FactStore facts, JdbcOrderStore store, BacktestRun run) {
        this.world = world;
        this.facts = facts;
        this.store = store;
        this.run = run;
    }

    /**
     * Starts the world and the run (reconciled and subscribed); every market of the scenario is in
     * the universe. The observer sees every step with the harness, to look at the venue and store.
     */
    static BacktestHarness start(Scenario scenario, long seed, Path rulesDir, Path dbDir, Properties overrides,
            BiConsumer<StepView, BacktestHarness> observer) throws Exception {
        RuntimeSettings settings = RuntimeSettings.load(overrides);
        BacktestWorld world = BacktestWorld.start(scenario, Optional.of(seed), 0);
        FactStore facts = null;
        JdbcOrderStore store = null;
        try {
            facts = FactStore.start(PaperSession.factStoreConfig(settings));
            store = JdbcOrderStore.open(StoreConfig.h2File(dbDir), world.clock());
            LiveRules rules = LiveRules.load(new RuleSetCompiler(world.clock()), world.clock(), rulesDir);
            BacktestHarness[] self = new BacktestHarness[1];
            BacktestRun run = new BacktestRun(world, store, facts, rules, rulesDir, settings, "e2e-" + seed,
                    view -> observer.accept(view, self[0]));
            self[0] = new BacktestHarness(world, facts, store, run);
            run.start();
            return self[0];
        } catch (Exception | Error e) {
            if (store != null) {
                store.close();
            }
            if (facts != null) {
                facts.close();
            }
            world.close();
            throw e;
        }
    }

    /** Steps until {@code venueTime} has passed since now. */
    void runFor(Duration venueTime) {
        Instant end = world.clock().instant().plus(venueTime);
        while (world.clock().instant().isBefore(end)) {
            run.step();
        }
    }

    /** Steps until {@code done} says so or {@code max} has passed; returns the venue time covered. */
    Duration runUntil(Duration max, java.util.function.BooleanSupplier done) {
        Instant start = world.clock().instant();
        Instant end = start.plus(max);
        while (world.clock().instant().isBefore(end) && !done.getAsBoolean()) {
            run.step();
        }
        return Duration.between(start, world.clock().instant());
    }

    BacktestWorld world() {
        return world;
    }

    BacktestRun run() {
        return run;
    }

    JdbcOrderStore store() {
        return store;
    }

    List<Fill> fills() {
        return store.fills();
    }

    /** What rests at the venue for the trader now, read on the venue's own thread (ground truth). */
    List<OrderView> ourOpenOrdersAtTheVenue() {
        String owner = PaperSession.SIMULATOR_CREDENTIALS.key();
        return world.simulator().onVenue(v -> v.exchange().openOrders(owner));
    }

    @Override
    public void close() {
        try {
            run.close();
        } finally {
            try {
                store.close();
            } finally {
                try {
                    facts.close();
                } finally {
                    world.close();
                }
            }
        }
    }

    /**
     * Scenario keys for a world where nothing happens besides what a test asks for: no random
     * closes, no tick changes, no failed settlements (append a test's own keys, minus these).
     */
    static final String NO_SURPRISES = """
            ticks:
              changes: 0
            settlement:
              failureRate: 0
            """;

    /** A scenario from YAML text, through the same loader as the named scenario files. */
    static Scenario scenario(Path dir, String name, String yaml) throws IOException {
        Path file = dir.resolve(name + ".yaml");
        Files.writeString(file, yaml);
        return ScenarioFile.load(file);
    }

    /** The shipped rules folder. */
    static Path shippedRules() {
        return Path.of(System.getProperty("astra.rules.dir", "../rules"));
    }

    /**
     * A copy of the shipped rules in {@code target} whose policy.yaml has {@code from} replaced by
     * {@code to} (each pair once; a pair that does not match is an error, so a policy edit cannot
     * silently stop applying).
     */
    static Path rulesWithPolicy(Path target, String... fromTo) {
        if (fromTo.length % 2 != 0) {
            throw new IllegalArgumentException("policy edits come in pairs (from, to)");
        }
        Path source = shippedRules();
        try (Stream<Path> all = Files.walk(source)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path to = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
            Path policy = target.resolve("policy.yaml");
            String text = Files.readString(policy);
            for (int i = 0; i < fromTo.length; i += 2) {
                if (!text.contains(fromTo[i])) {
                    throw new IllegalStateException("policy.yaml has no '" + fromTo[i] + "' to replace");
                }
                text = text.replace(fromTo[i], fromTo[i + 1]);
            }
            Files.writeString(policy, text);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
