package astra.bench;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code scale}: a paper session (the real-time runtime: Camel routes, sockets, Hazelcast, H2,
 * the simulator in REAL time in the same JVM) over 1,000 markets, in a child JVM limited to
 * {@code -Xmx1g}, on the collector the launcher gives trading sessions (ZGC), and logging its GC pauses and
 * safepoints; the same session over the default 20-market world is
 * the same-run baseline. The heap figures include the embedded simulator's world and cover the whole
 * JVM; the pause goal is judged on the pauses while the session trades (from its routes' start to
 * its stop), and the whole JVM's pauses, start-up, rule compile and warm-up included, are printed beside.
 */
final class ScaleBench implements Measure {
    static final Duration DURATION = Duration.ofSeconds(60);
    static final long HEAP_GOAL_BYTES = 1L << 30;
    static final double PAUSE_P99_GOAL_MILLIS = 5;
    static final String SCENARIO = "scenarios/scale-1000.yaml";
    /** As the launcher starts a trading session (keep the two alike). */
    static final String ZGC = "-XX:+UseZGC";

    @Override
    public String name() {
        return "scale";
    }

    @Override
    public String description() {
        return "1,000 markets live in a paper session (child JVM, -Xmx1g): goal heap <= 1 GiB, GC pause p99 <= 5 ms";
    }

    /**
     * One child session's outcome: the GC log's figures over the whole JVM ({@code gc}: start-up,
     * the rule compile and the warm-up included) and while the session traded ({@code trading}).
     */
    record Child(int exit, int markets, GcLog.Summary gc, GcLog.Summary trading, Path log) {}

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        Duration duration = Duration.ofMillis(Math.round(DURATION.toMillis() * settings.scale()));
        Path home = home(settings);
        Path scenario = home.resolve(SCENARIO);
        if (!Files.isRegularFile(scenario)) {
            throw new IllegalStateException("no scenario file " + scenario);
        }
        Path dir = Files.createTempDirectory("astra-bench-scale-");
        out.printf("two paper sessions of %s each in child JVMs (%s -Xmx1g, GC and safepoint log), output in %s%n", duration,
                collector(), dir);
        out.flush();
        Child base = child("baseline", null, duration, home, settings.rulesDir(), dir, out);
        Child big = child("scale", scenario, duration, home, settings.rulesDir(), dir, out);
        if (big.markets() != 1000) {
            throw new IllegalStateException("the session traded " + big.markets() + " markets, not 1,000: " + big.log());
        }
        boolean heapMet = big.exit() == 0 && big.gc().heap().maxUsed() <= HEAP_GOAL_BYTES;
        // The goal is for markets traded live: pauses while the session trades. Start-up's are printed beside.
        boolean pauseMet = big.trading().millis().p99() <= PAUSE_P99_GOAL_MILLIS;
        return new Verdict().figure(line("scale", big), heapMet && pauseMet).figure(line("baseline", base), true);
    }

    private static String line(String label, Child c) {
        GcLog.Summary gc = c.gc();
        GcLog.Summary trading = c.trading();
        return String.format(Locale.ROOT, "%s: %d markets, exit %d, heap max used %s (max after GC %s, committed %s);"
                        + " while trading %d GC pauses (safepoints, stalls %d) p50 %.2f ms, p99 %.2f ms, max %.2f ms;"
                        + " the whole JVM (start-up and warm-up too) %d pauses, stalls %d, p99 %.2f ms, max %.2f ms;"
                        + " the collector's own figure p99 %.3f ms%s", label, c.markets(), c.exit(),
                mib(gc.heap().maxUsed()), mib(gc.heap().maxAfterGc()), mib(gc.heap().maxCommitted()), trading.pauses(),
                trading.stalls(), trading.millis().median(), trading.millis().p99(), trading.millis().max(),
                gc.pauses(), gc.stalls(), gc.millis().p99(), gc.millis().max(), gc.collectorMillis().p99(),
                label.equals("scale") ? " (goal heap <= 1,024 MiB in -Xmx1g, pause p99 while trading <= 5 ms)" : "");
    }

    private static String mib(long bytes) {
        return String.format(Locale.ROOT, "%,d MiB", bytes >> 20);
    }

    private Child child(String label, Path scenario, Duration duration, Path home, Path rules, Path dir, PrintWriter out)
            throws Exception {
        Path gcLog = dir.resolve(label + "-gc.log");
        Path log = dir.resolve(label + ".out");
        List<String> cmd = new ArrayList<>(List.of(java()));
        cmd.addAll(List.of(collector().trim().split("\\s+")));
        cmd.addAll(List.of("-Xmx1g",
                "-Xlog:gc,gc+heap,gc+phases,safepoint:file=" + gcLog, "-Dastra.home=" + home,
                "-jar", jar().toString(), "paper", "--duration", duration.toSeconds() + "s", "--out",
                dir.resolve(label + "-report").toString(), "--rules", rules.toString()));
        if (scenario != null) {
            cmd.addAll(List.of("--scenario", scenario.toString()));
        }
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(duration.toSeconds() + 600, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("the " + label + " session did not end; see " + log);
        }
        List<String> output = Files.readAllLines(log);
        List<String> gcLines = Files.readAllLines(gcLog);
        GcLog.Summary gc = GcLog.summarise(gcLines);
        long[] window = tradingWindow(output).orElseThrow(() -> new IllegalStateException("the " + label
                + " session logged no trading window (\"trading from JVM uptime\" ... \"trading stops\"): " + log));
        GcLog.Summary trading = GcLog.summariseWindow(GcLog.within(gcLines, window[0], window[1]));
        int markets = output.stream().filter(l -> l.startsWith("paper ")).map(ScaleBench::markets).findFirst().orElse(0);
        out.printf("%s: exit %d after %.0f s wall, %d markets, traded from %.1f s to %.1f s of the JVM's uptime,"
                        + " %d GC pauses in all%n", label, p.exitValue(), (System.nanoTime() - t0) / 1e9, markets,
                window[0] / 1e3, window[1] / 1e3, gc.pauses());
        out.flush();
        return new Child(p.exitValue(), markets, gc, trading, log);
    }

    private static final Pattern TRADING_FROM = Pattern.compile(
            "trading from JVM uptime (\\d+) ms");
    private static final Pattern TRADING_STOPS = Pattern.compile(
            "trading stops at JVM uptime (\\d+) ms");

    /** When the session traded, in ms of the JVM's uptime, from its log lines (TradingSession writes them). */
    static Optional<long[]> tradingWindow(List<String> output) {
        Long from = null;
        Long to = null;
        for (String line : output) {
            Matcher f = TRADING_FROM.matcher(line);
            if (f.find()) {
                from = Long.parseLong(f.group(1));
            }
            Matcher t = TRADING_STOPS.matcher(line);
            if (t.find()) {
                to = Long.parseLong(t.group(1));
            }
        }
        return from == null || to == null ? Optional.empty() : Optional.of(new long[] {from, to});
    }

    /** From the session's first line: "paper RUN: simulator on ..., 1000 markets, rules ...". */
    static int markets(String firstLine) {
        Matcher m = Pattern.compile(", (\\d+) markets,").matcher(firstLine);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /**
     * The collector the launcher gives trading sessions ({@code ./astra paper} and {@code live} run
     * on ZGC unless {@code ASTRA_JAVA_OPTS} names one); {@code -Dastra.bench.scale.gc=-XX:+UseG1GC}
     * compares another (several flags, space-separated, e.g. {@code "-XX:+UseZGC -XX:ZAllocationSpikeTolerance=5"}).
     */
    static String collector() {
        return System.getProperty("astra.bench.scale.gc", ZGC);
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static Path jar() throws URISyntaxException {
        Path jar = Path.of(ScaleBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        if (!jar.toString().endsWith(".jar")) {
            throw new IllegalStateException("the scale measure starts the packaged jar, but runs from " + jar);
        }
        return jar;
    }

    private static Path home(BenchSettings settings) {
        String home = System.getProperty("astra.home");
        return (home != null ? Path.of(home) : settings.rulesDir().toAbsolutePath().getParent()).toAbsolutePath();
    }
}
