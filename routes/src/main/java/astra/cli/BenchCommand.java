package astra.cli;

import astra.bench.BenchSettings;
import astra.bench.Benchmarks;
import astra.bench.Measure;
import astra.bench.Verdict;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code astra bench NAME}: one of Astra's speed measures, with its same-run baseline. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a benchmark: warmup, then rounds alternating our code with its baseline. Prints progress,"
                    + " then the figure beside its same-run baseline, then GOAL MET or GOAL MISSED.",
            "Without NAME, lists the measures. Exit code 0 when the goal is met, 3 when it is missed."
        })
public final class BenchCommand implements Callable<Integer> {
    static final int GOAL_MISSED = 3;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "decode, pipeline, pipeline-events, latency, sign, reload, scale, backtest-day")
    String name;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "The shared folder holding fixtures/polymarket (default: <astra home>/../shared).")
    Path shared;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "The rule set the reload measure copies and edits (default: <astra home>/rules).")
    Path rules;

    @Option(names = "--scale", paramLabel = "X", defaultValue = "1",
            description = "Multiplies the rounds measured (default 1, the documented run).")
    double scale;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Benchmarks benchmarks = new Benchmarks();
        if (name == null) {
            benchmarks.built().forEach(m -> out.printf("%-16s %s%n", m.name(), m.description()));
            out.flush();
            return 0;
        }
        Measure measure = benchmarks.find(name).orElseThrow(() -> new IllegalArgumentException(
                "no benchmark '" + name + "'; run 'astra bench' for the list"));
        Path home = StoreOptions.AstraHome.path();
        BenchSettings settings = new BenchSettings(shared != null ? shared : home.resolveSibling("shared"),
                rules != null ? rules : home.resolve("rules"), scale);
        out.printf("%s: %s%n", measure.name(), measure.description());
        out.printf("java %s, %d processors%n", Runtime.version(), Runtime.getRuntime().availableProcessors());
        out.flush();
        Verdict verdict = measure.run(settings, out);
        verdict.print(out);
        return verdict.met() ? 0 : GOAL_MISSED;
    }
}
