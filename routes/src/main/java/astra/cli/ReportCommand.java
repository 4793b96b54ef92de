package astra.cli;

import astra.ports.RunRecords;
import astra.report.TruthReport;
import astra.report.TruthReportText;
import astra.runtime.SessionReport;
import astra.runtime.StoredRunReport;
import astra.store.JdbcOrderStore;
import astra.store.StoreConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code astra report}: a finished run's truth report rebuilt from its order store alone — the
 * run's facts, mark tape and reference prices kept there during the session, and its fills.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild a finished run's truth report from its order store (no session needed).")
final class ReportCommand implements Callable<Integer> {
    /** Where paper and live sessions keep their own H2 store by default, under {@code data/}. */
    static final List<String> RUN_FOLDERS = List.of("paper", "live");

    @Option(names = "--run", paramLabel = "RUN_ID",
            description = "The run, e.g. paper-20261126-081500: its store is data/paper/<run id> (or data/live/<run id>) "
                    + "unless --db-url names one; with --db-url and no --run, the latest run there.")
    String run;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the report goes (default: ./out/<run id>-report/).")
    Path out;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (run == null && store.url == null) {
            throw new IllegalArgumentException("name the run with --run RUN_ID (or give --db-url to take its latest run)");
        }
        StoreConfig config = store.url != null ? store.config(AstraCli.environment(spec)) : runStore(run);
        PrintWriter console = spec.commandLine().getOut();
        try (JdbcOrderStore s = JdbcOrderStore.open(config, Clock.systemUTC())) {
            RunRecords records = s.runs();
            String runId = run != null ? run : records.runs().stream().findFirst().map(RunRecords.Run::runId)
                    .orElseThrow(() -> new IllegalArgumentException("no runs are recorded in " + config.redactedUrl()));
            TruthReport report = StoredRunReport.rebuild(records, s, runId);
            RunRecords.Run facts = records.run(runId).orElseThrow();
            Path dir = out != null ? out : Path.of("out", runId + "-report");
            SessionReport.write(report, dir);
            console.printf("run %s: %s on %s%s, quotes %d%n", runId, facts.kind(), facts.venue(),
                    facts.scenario().isEmpty() ? "" : " (" + facts.scenario() + ")", facts.quotesSent());
            console.println(TruthReportText.render(report));
            console.println("report: " + dir.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("writing the report failed: " + e.getMessage(), e);
        }
        console.flush();
        return 0;
    }

    /** The run's own H2 store under the Astra home's data folder; refused when there is none. */
    static StoreConfig runStore(String runId) {
        if (runId.isBlank() || runId.contains("/") || runId.contains("\\") || runId.contains("..")) {
            throw new IllegalArgumentException("--run must be a run id such as paper-20261126-081500, was '" + runId + "'");
        }
        Path data = StoreOptions.AstraHome.path().resolve("data");
        for (String folder : RUN_FOLDERS) {
            Path file = data.resolve(folder).resolve(runId);
            // H2 keeps a database "x" in the file x.mv.db; opening a missing one would create it empty.
            if (Files.isRegularFile(file.resolveSibling(runId + ".mv.db"))) {
                return StoreConfig.h2File(file);
            }
        }
        throw new IllegalArgumentException("no store for run " + runId + " under " + data + " (looked in "
                + String.join(", ", RUN_FOLDERS.stream().map(f -> f + "/" + runId + ".mv.db").toList())
                + "); give --db-url for a store elsewhere");
    }
}
