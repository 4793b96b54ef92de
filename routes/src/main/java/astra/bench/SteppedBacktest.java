package astra.bench;

import astra.backtest.BacktestRun;
import astra.backtest.BacktestWorld;
import astra.facts.FactStore;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.runtime.PaperSession;
import astra.runtime.RuntimeSettings;
import astra.simulator.fault.FaultSchedule;
import astra.simulator.scenario.Scenario;
import astra.simulator.world.ScenarioSettings;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Properties;

/**
 * A backtest the measures step themselves: the simulator in virtual time, a fact store, an H2
 * store in a temporary folder, the shipped rules and a started {@link BacktestRun} — the same
 * objects {@code ./astra backtest} builds. Runtime settings come from application.properties and
 * system properties ({@code -Dastra.decision.period-ms=1000} through {@code ASTRA_JAVA_OPTS}).
 */
final class SteppedBacktest implements AutoCloseable {
    private final BacktestWorld world;
    private final FactStore facts;
    private final JdbcOrderStore store;
    private final BacktestRun run;
    private final RuntimeSettings settings;

    private SteppedBacktest(BacktestWorld world, FactStore facts, JdbcOrderStore store, BacktestRun run,
            RuntimeSettings settings) {
        this.world = world;
        this.facts = facts;
        this.store = store;
        this.run = run;
        this.settings = settings;
    }

    /** The default crowd with {@code standalone} standalone markets (plus its negRisk events). */
    static Scenario crowd(String name, int standalone, long durationMillis) {
        ScenarioSettings s = ScenarioSettings.defaults().toBuilder().standaloneMarkets(standalone)
                .durationMillis(durationMillis).build();
        return new Scenario(name, OptionalLong.empty(), s, FaultSchedule.none());
    }

    /** Builds everything; the caller may tap the run and must then call {@link #start()}. */
    static SteppedBacktest open(Scenario scenario, Path rulesDir, String runId) throws Exception {
        RuntimeSettings settings = RuntimeSettings.load(new Properties());
        Path dir = Files.createTempDirectory("astra-bench-");
        BacktestWorld world = BacktestWorld.start(scenario, Optional.empty(), 0);
        FactStore facts = null;
        JdbcOrderStore store = null;
        try {
            facts = FactStore.start(PaperSession.factStoreConfig(settings));
            store = JdbcOrderStore.open(StoreConfig.h2File(dir.resolve("store")), world.clock());
            LiveRules rules = LiveRules.load(new RuleSetCompiler(world.clock()), world.clock(), rulesDir);
            BacktestRun run = new BacktestRun(world, store, facts, rules, rulesDir, settings, runId, view -> { });
            return new SteppedBacktest(world, facts, store, run, settings);
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

    void start() {
        run.start();
    }

    BacktestRun run() {
        return run;
    }

    BacktestWorld world() {
        return world;
    }

    int markets() {
        return world.universe().all().size();
    }

    long periodMillis() {
        return settings.integer("astra.decision.period-ms");
    }


    /** Fails unless the run traded: the pipeline must have reached the firewall and the venue. */
    void checkTraded() {
        if (run.undecodableFrames() != 0) {
            throw new IllegalStateException(run.undecodableFrames() + " frames were undecodable");
        }
        if (run.core().stats().quotesSent() == 0) {
            throw new IllegalStateException("no order went out: the pipeline never reached the firewall");
        }
    }

    @Override
    public void close() {
        try {
            run.stop("benchmark ended");
        } catch (RuntimeException e) {
            run.close();
            throw e;
        } finally {
            store.close();
            facts.close();
            world.close();
        }
    }
}
