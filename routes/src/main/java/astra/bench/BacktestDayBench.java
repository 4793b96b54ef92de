package astra.bench;

import astra.backtest.BacktestSession;
import astra.backtest.Part;
import astra.backtest.Phase;
import astra.runtime.PaperSession;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * {@code backtest-day}: {@code ./astra backtest} (the whole session: start-up, steps, truth
 * report) over a 200-market world. The quick run covers a few minutes of venue time and projects
 * its wall time to a day ({@link DayProjection}); {@code --scale} lengthens the stretch, and a
 * scale of 288 or more covers the whole day (measured, no projection). The simulator's own share
 * (its venue phase) projected alike is the same-run baseline: the floor any backtest on it has.
 */
final class BacktestDayBench implements Measure {
    static final int STANDALONE = 192;
    /** 192 standalone + the default two negRisk events of four outcomes. */
    static final int MARKETS = 200;
    static final Duration STRETCH = Duration.ofMinutes(5);
    static final Duration GOAL = Duration.ofSeconds(60);

    @Override
    public String name() {
        return "backtest-day";
    }

    @Override
    public String description() {
        return "one simulated day over 200 markets in a virtual-time backtest; goal <= 60 s wall"
                + " (quick run: 5 min of venue time, projected)";
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        Duration stretch = Duration.ofMillis(Math.min(DayProjection.DAY.toMillis(),
                Math.round(STRETCH.toMillis() * settings.scale())));
        Path dir = Files.createTempDirectory("astra-bench-day-");
        PaperSession.Options options = new PaperSession.Options(stretch, 0, Optional.empty(),
                SteppedBacktest.crowd("bench-day-200", STANDALONE, DayProjection.DAY.toMillis()), dir.resolve("out"),
                Optional.empty(), dir.resolve("data"), settings.rulesDir(), "bench-backtest-day", new Properties());
        BacktestSession.Result r;
        HeapByVenueHour heap;
        try (HeapByVenueHour.LowestAfterCollection lowest = new HeapByVenueHour.LowestAfterCollection()) {
            heap = new HeapByVenueHour(lowest);
            r = BacktestSession.run(options, out, step -> heap.at(step.at()));
            heap.finish();
        }
        if (r.quotesSent() == 0) {
            throw new IllegalStateException("the backtest sent no order");
        }
        Map<Phase, Duration> phases = r.phases();
        Duration stepped = phases.values().stream().reduce(Duration.ZERO, Duration::plus);
        DayProjection ours = new DayProjection(r.wall(), stepped, r.virtual());
        DayProjection venue = new DayProjection(ours.fixed().plus(phases.get(Phase.VENUE)), phases.get(Phase.VENUE),
                r.virtual());
        boolean whole = r.virtual().compareTo(DayProjection.DAY) >= 0;
        Duration day = whole ? r.wall() : ours.day();
        out.printf(Locale.ROOT, "measured: %s of venue time over %d markets in %.1f s wall (fixed %.1f s, steps %.1f s:"
                        + " %s); %.3f wall s per venue s in the steps%n", r.virtual(), MARKETS, secs(r.wall()),
                secs(ours.fixed()), secs(stepped), phases, ours.stepCostRatio());
        for (Phase p : Phase.values()) {
            out.printf(Locale.ROOT, "  %s: %.1f s measured, %.0f s per venue day%s%n", p.name().toLowerCase(Locale.ROOT),
                    secs(phases.get(p)), perDay(phases.get(p), r.virtual()), partsOf(p, r));
        }
        out.println(heap.describe());
        return new Verdict().figure(String.format(Locale.ROOT, "backtest-day: %s %,.0f s for a day over %d markets"
                                + " (%s wall for %s of venue time; goal <= %d s)", whole ? "measured" : "PROJECTED",
                        secs(day), MARKETS, String.format(Locale.ROOT, "%.1f s", secs(r.wall())), r.virtual(),
                        GOAL.toSeconds()), day.compareTo(GOAL) <= 0)
                .figure(String.format(Locale.ROOT, "baseline: the simulator's own steps (venue phase) plus the fixed costs,"
                        + " projected alike: %,.0f s for the day", secs(venue.day())), true);
    }

    /** A phase's parts per venue day, when it has more than one: " (cycle 900 s, book moves 40 s, ...)". */
    private static String partsOf(Phase phase, BacktestSession.Result r) {
        List<String> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            if (part.phase() == phase) {
                parts.add(String.format(Locale.ROOT, "%s %.0f s", part.label(),
                        perDay(r.parts().get(part), r.virtual())));
            }
        }
        return parts.size() < 2 ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static double perDay(Duration d, Duration virtual) {
        return secs(d) * DayProjection.DAY.toNanos() / virtual.toNanos();
    }

    private static double secs(Duration d) {
        return d.toNanos() / 1e9;
    }
}
