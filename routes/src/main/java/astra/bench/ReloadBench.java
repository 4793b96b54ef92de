package astra.bench;

import astra.rules.LiveRules;
import astra.rules.LoadAttempt;
import astra.rules.RuleSetCompiler;
import astra.rules.RulesDirectoryWatcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * {@code reload}: hot reload of the shipped rule set while decision cycles run on another thread.
 * A copy of {@code rules/} is edited (the policy's market-feed-stale limit, a new value each time)
 * and reloaded with {@link LiveRules#tryReload}, timed from the call to the swap; meanwhile
 * {@link ReloadTraffic} feeds stale-feed events through {@code DecisionCycle}s and checks that
 * each gets its decision and that no cycle mixes versions. The same-run baseline is the first
 * compile in the JVM (what a restart would cost). A last edit goes through the
 * {@link RulesDirectoryWatcher} to time edit-to-in-force, debounce included. Goal: median
 * compile + swap at most {@value #GOAL_MILLIS} ms, no event lost, no decision on mixed versions.
 */
public final class ReloadBench implements Measure {
    static final long GOAL_MILLIS = 2_000;
    static final String POLICY_FILE = "policy.yaml";
    static final String STALE_KEY = "market-feed-stale-seconds: ";
    private static final Duration BETWEEN_RELOADS = Duration.ofMillis(250);

    @Override
    public String name() {
        return "reload";
    }

    @Override
    public String description() {
        return "rule hot reload (compile + swap of the shipped set) under running decision cycles; goal <= "
                + GOAL_MILLIS + " ms, 0 events lost, 0 mixed-version decisions";
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        Path copy = copyRules(settings.rulesDir());
        try {
            return run(copy, settings.rounds(0, 10).measured(), out);
        } finally {
            deleteTree(copy);
        }
    }

    private Verdict run(Path rules, int reloads, PrintWriter out) throws Exception {
        Clock clock = Clock.systemUTC();
        long start = System.nanoTime();
        LiveRules live = LiveRules.load(new RuleSetCompiler(clock), clock, rules);
        long firstCompile = System.nanoTime() - start;
        out.printf("first compile in this JVM: %s (%s)%n", Figures.millis(firstCompile), settings(rules));

        double[] reloadNanos = new double[reloads];
        double[] watchedNanos = new double[Math.min(3, reloads)];
        long stale = staleSeconds(rules);
        try (ReloadTraffic traffic = ReloadTraffic.start(live)) {
            for (int i = 0; i < reloads; i++) {
                Thread.sleep(BETWEEN_RELOADS.toMillis());
                setStaleSeconds(rules, ++stale);
                long t = System.nanoTime();
                LoadAttempt attempt = live.tryReload(rules);
                reloadNanos[i] = System.nanoTime() - t;
                requireLoaded(attempt);
                traffic.expect(live.current());
                out.printf("reload %d: %s -> %s in %s%n", i + 1, STALE_KEY.strip() + " " + stale, attempt.versionId(),
                        Figures.millis(reloadNanos[i]));
            }
            try (RulesDirectoryWatcher watcher = RulesDirectoryWatcher.start(rules, live)) {
                for (int i = 0; i < watchedNanos.length; i++) {
                    Thread.sleep(BETWEEN_RELOADS.toMillis());
                    String before = live.current().version().id();
                    setStaleSeconds(rules, ++stale);
                    long t = System.nanoTime();
                    while (live.current().version().id().equals(before)) {
                        if (System.nanoTime() - t > Duration.ofSeconds(30).toNanos()) {
                            throw new IllegalStateException("the watcher did not reload within 30 s");
                        }
                        Thread.sleep(1);
                    }
                    watchedNanos[i] = System.nanoTime() - t;
                    traffic.expect(live.current());
                }
            }
            Thread.sleep(BETWEEN_RELOADS.toMillis());
            ReloadTraffic.Tally tally = traffic.stop();
            Samples reload = new Samples(reloadNanos);
            Samples watched = new Samples(watchedNanos);
            out.printf("edit to in force through the watcher (%s debounce included): median %s over %d edits%n",
                    Figures.millis(RulesDirectoryWatcher.DEFAULT_DEBOUNCE.toNanos()), Figures.millis(watched.median()),
                    watched.count());
            out.printf("decision cycles: %,d, under %d rules versions (every version decided: %s)%n", tally.cycles(),
                    tally.versionsDecidedUnder(), tally.everyVersionDecided() ? "yes" : "NO");
            boolean timeMet = reload.median() <= GOAL_MILLIS * 1e6;
            boolean integrityMet = tally.eventsLost() == 0 && tally.mixedVersionDecisions() == 0
                    && tally.everyVersionDecided();
            return new Verdict()
                    .figure(String.format("reload: %s x goal (compile+swap %s median, max %s over %d reloads; goal <= %,d ms;"
                                    + " baseline first compile in JVM %s)", Figures.ratio(reload.median() / (GOAL_MILLIS * 1e6)),
                            Figures.millis(reload.median()), Figures.millis(reload.max()), reload.count(), GOAL_MILLIS,
                            Figures.millis(firstCompile)), timeMet)
                    .figure(String.format("reload: %,d events lost of %,d, %,d decisions on mixed versions of %,d",
                            tally.eventsLost(), tally.eventsSent(), tally.mixedVersionDecisions(), tally.decisions()),
                            integrityMet);
        }
    }

    private static String settings(Path rules) throws IOException {
        try (Stream<Path> files = Files.walk(rules)) {
            return files.filter(f -> f.toString().endsWith(".drl")).count() + " rule files and " + POLICY_FILE;
        }
    }

    private static void requireLoaded(LoadAttempt attempt) {
        if (attempt.outcome() != LoadAttempt.Outcome.LOADED) {
            throw new IllegalStateException("reload was " + attempt.outcome() + ": " + attempt.messages());
        }
    }

    static long staleSeconds(Path rules) throws IOException {
        String policy = Files.readString(rules.resolve(POLICY_FILE));
        int at = policy.indexOf(STALE_KEY);
        if (at < 0) {
            throw new IllegalStateException(POLICY_FILE + " has no '" + STALE_KEY.strip() + "' to edit");
        }
        int end = at + STALE_KEY.length();
        while (end < policy.length() && Character.isDigit(policy.charAt(end))) {
            end++;
        }
        return Long.parseLong(policy.substring(at + STALE_KEY.length(), end));
    }

    /** The edit a risk officer would make: one threshold of the policy, written in place. */
    static void setStaleSeconds(Path rules, long seconds) throws IOException {
        Path file = rules.resolve(POLICY_FILE);
        String policy = Files.readString(file);
        String edited = policy.replace(STALE_KEY + staleSeconds(rules), STALE_KEY + seconds);
        Files.writeString(file, edited);
    }

    static Path copyRules(Path source) throws IOException {
        if (!Files.isRegularFile(source.resolve(POLICY_FILE))) {
            throw new IOException("no rules directory at " + source + " (give --rules DIR)");
        }
        Path target = Files.createTempDirectory("astra-bench-rules");
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return target;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
