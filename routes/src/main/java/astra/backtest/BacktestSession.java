package astra.backtest;

import astra.domain.Fill;
import astra.domain.Usd;
import astra.facts.FactStore;
import astra.report.TruthReport;
import astra.report.TruthReportText;
import astra.rules.LiveRules;
import astra.rules.RuleSetCompiler;
import astra.runtime.PaperSession;
import astra.runtime.ProgressLine;
import astra.runtime.RuntimeSettings;
import astra.runtime.SessionReport;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A backtest over the embedded simulator in VIRTUAL time: the paper session's world, venue,
 * store, rules and trading components, stepped a decision period at a time as fast as the machine
 * allows, ending in the same truth report (with markouts against the simulator's hidden fair
 * value). See the package documentation for what differs from paper.
 */
public final class BacktestSession {
    /** What a backtest leaves behind, with how much venue time it covered in how much wall time. */
    public record Result(Path out, TruthReport report, long quotesSent, long fills, BigDecimal pnl, Duration virtual,
            Duration wall, long steps, long frames, Map<Phase, Duration> phases, Map<Part, Duration> parts) {}

    private BacktestSession() {}

    public static Result run(PaperSession.Options o, PrintWriter console) throws Exception {
        return run(o, console, view -> { });
    }

    /** As {@link #run(PaperSession.Options, PrintWriter)}, with an observer of every step. */
    public static Result run(PaperSession.Options o, PrintWriter console, Consumer<StepView> observer) throws Exception {
        long wallStart = System.nanoTime();
        RuntimeSettings settings = RuntimeSettings.load(o.overrides());
        StoreConfig storeConfig = o.store().orElse(StoreConfig.h2File(o.dataDir().resolve("backtest").resolve(o.runId())));
        try (BacktestWorld world = BacktestWorld.start(o.scenario(), o.seed(), o.maxMarkets());
                FactStore facts = FactStore.start(PaperSession.factStoreConfig(settings));
                JdbcOrderStore store = JdbcOrderStore.open(storeConfig, world.clock())) {
            LiveRules rules = LiveRules.load(new RuleSetCompiler(world.clock()), world.clock(), o.rulesDir());
            Instant start = world.clock().instant();
            Instant end = start.plus(o.duration());
            console.printf("backtest %s: simulator in virtual time (scenario %s, seed %d), %d markets, %s of venue "
                            + "time in steps of %d ms, rules %s%n", o.runId(), o.scenario().name(), world.seed(),
                    world.universe().all().size(), o.duration(), settings.integer("astra.decision.period-ms"),
                    rules.current().version().id());
            console.flush();
            long progressEvery = TimeUnit.SECONDS.toNanos(settings.integer("astra.progress.period-s"));
            BacktestRun run = new BacktestRun(world, store, facts, rules, o.rulesDir(), settings, o.runId(), observer);
            try {
                run.start();
                long nextProgress = System.nanoTime() + progressEvery;
                while (world.clock().instant().isBefore(end)) {
                    run.step();
                    if (System.nanoTime() >= nextProgress) {
                        console.println(ProgressLine.of(run.core(), store, rules, start, world.clock()));
                        console.flush();
                        nextProgress = System.nanoTime() + progressEvery;
                    }
                }
                run.stop("backtest ended");
            } finally {
                run.close();
            }
            Instant finished = world.clock().instant();
            List<Fill> fills = store.fills();
            TruthReport report = SessionReport.build(start, finished, Usd.of(settings.decimal("astra.bankroll-usd")),
                    fills, run.core().tape(), world.universe(), run.core().stats().quotesSent(),
                    PaperSession.hiddenFairValue(world.simulator()));
            SessionReport.write(report, o.out());
            BigDecimal pnl = SessionReport.pnl(store.positions(), run.core().tape().last());
            Duration wall = Duration.ofNanos(System.nanoTime() - wallStart);
            console.println(TruthReportText.render(report));
            console.printf("quotes %d, fills %d, P&L %s pUSD (marked to mid)%n", run.core().stats().quotesSent(),
                    fills.size(), pnl.toPlainString());
            console.printf("%s of venue time in %.1f s of wall time (%d steps, %d frames, %d undecodable)%n",
                    Duration.between(start, finished), wall.toMillis() / 1000.0, run.steps(), run.frames(),
                    run.undecodableFrames());
            console.println("wall time in the steps: " + run.phases());
            console.println("report: " + o.out().toAbsolutePath());
            console.flush();
            return new Result(o.out(), report, run.core().stats().quotesSent(), fills.size(), pnl,
                    Duration.between(start, finished), wall, run.steps(), run.frames(), run.phases().snapshot(),
                    run.phases().parts());
        }
    }
}
