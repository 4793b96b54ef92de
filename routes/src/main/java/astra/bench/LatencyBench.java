package astra.bench;

import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.WsMessage;
import astra.runtime.AstraRuntime;
import astra.runtime.PaperSession;
import astra.runtime.RuntimeSettings;
import astra.runtime.TradingCore;
import astra.simulator.scenario.Scenario;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.LongFunction;
import org.HdrHistogram.Histogram;

/**
 * {@code latency}: market event in to order intent out, in the real-time runtime (the paper
 * session: Camel routes, the simulator over loopback sockets in REAL time, the default 20-market
 * world). A frame that moves the top of a quoted market's book has the feed thread requote that
 * market at once ({@link astra.runtime.BookMoved}); the goal is judged on those moves that sent an
 * order for their market: from the socket's thread handing the frame on (the event is in our code)
 * to the move's commands returned. Until session 16 it was judged from the feed thread taking the
 * frame, which left out the frame's wait in that thread's queue; that figure is printed beside it.
 * Since session 17 the frames are applied on the socket's thread itself by default, with no queue;
 * so that a wait moved out of sight cannot pass for speed, the intents are also timed from the venue
 * publishing their frame (the embedded simulator's thread, before its socket write), and every
 * frame's way from the venue to our receipt is printed. The cadence path (every event waiting for
 * the next decision tick, then the whole cycle) is measured alongside and printed.
 */
final class LatencyBench implements Measure {
    static final long P50_GOAL_MICROS = 50;
    static final long P99_GOAL_MICROS = 250;
    static final Duration DURATION = Duration.ofSeconds(120);
    /** Cycles in the first seconds after the first are left out: class loading, JIT, first rule firings. */
    static final Duration WARMUP = Duration.ofSeconds(15);
    /** Fewer intents than this after the warmup is no ground for a p99. */
    static final long MIN_INTENTS = 20;
    /**
     * The mutation budget of the measured session: at the shipped 60 a minute the session spends it in
     * its first seconds and then places almost nothing, leaving no order intents to time; the budget
     * is a risk limit, not part of the path measured. {@code -Dastra.bench.latency.mutations-per-minute=60}
     * measures the shipped one.
     */
    static final int MUTATIONS_PER_MINUTE = 6_000;
    static final String BUDGET_LINE = "mutations-per-minute: ";
    /**
     * The real-time priority of the thread applying market frames in the measured session, as a
     * latency deployment runs it: on these two CPUs, shared with the venue simulator, the slowest
     * intents had waited most of their time for a CPU (session 18). {@code
     * -Dastra.market-feed.realtime-priority=0} measures an ordinary thread.
     */
    static final int REALTIME_PRIORITY = 10;
    /**
     * Part of the name of the thread that takes market frames and decides book moves: Camel names
     * its SEDA consumer after {@code Endpoints.MARKET_FEED}.
     */
    static final String FEED_THREAD = "market-feed";
    /**
     * Part of the names of the WebSocket client's threads, which take market frames and decide book
     * moves themselves when {@code astra.market-feed.on-socket-thread} is set.
     */
    static final String SOCKET_THREADS = "HttpClient-";
    /**
     * Part of the name of the one WebSocket client thread that applies market frames: the market
     * channel's client calls its listener on its selector thread (the others are its idle workers).
     */
    static final String SOCKET_SELECTOR_THREAD = "SelectorManager";
    /**
     * Part of the name of the thread that runs the decision cycles (Camel's SEDA consumer of {@code
     * Endpoints.DECISIONS}): its cycles quote through the methods the feed thread's moves run.
     */
    static final String DECISION_THREAD = "seda://decisions";
    /** The slowest intents shown one by one, with what the JVM and the feed thread did meanwhile. */
    static final int SLOWEST_SHOWN = 5;
    /**
     * {@code -Dastra.bench.latency.diagnose=true}: also read the feed thread's time on a CPU and
     * waiting for one at every frame and move, and sample which threads run every millisecond. Both
     * cost time on the path measured, so such a run shows where the slowest intents went, and its
     * figure is not one of record.
     */
    static final String DIAGNOSE = "astra.bench.latency.diagnose";

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public String description() {
        return "market event in -> order intent out in the real-time runtime (paper session, 20 markets);"
                + " goal p50 <= 50 us, p99 <= 250 us";
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        Duration duration = Duration.ofMillis(Math.round(DURATION.toMillis() * settings.scale()));
        Path dir = Files.createTempDirectory("astra-bench-latency-");
        boolean diagnose = Boolean.getBoolean(DIAGNOSE);
        EventToIntent probe = new EventToIntent(diagnose);
        int budget = Integer.getInteger("astra.bench.latency.mutations-per-minute", MUTATIONS_PER_MINUTE);
        Path rules = rulesWithBudget(settings.rulesDir(), budget);
        Properties overrides = new Properties();
        if (System.getProperty(AstraRuntime.MARKET_FEED_REALTIME_PRIORITY) == null) {
            overrides.setProperty(AstraRuntime.MARKET_FEED_REALTIME_PRIORITY, Integer.toString(REALTIME_PRIORITY));
        }
        PaperSession.Options options = new PaperSession.Options(duration, 0, Optional.empty(), Scenario.defaults(),
                dir.resolve("out"), Optional.empty(), dir.resolve("data"), rules, "bench-latency", overrides);
        out.printf("paper session of %s wall time on the default world; the policy's mutation budget set to %d a"
                + " minute (the shipped 60 leaves too few orders to time)%n", duration, budget);
        if (diagnose) {
            out.println("diagnosing: the feed thread's run times read at every frame and move, threads sampled every"
                    + " millisecond; this run's figure is not one of record");
        }
        out.flush();
        AtomicReference<TradingCore> running = new AtomicReference<>();
        Instant wallAtStart = Instant.now();
        long nanosAtStart = System.nanoTime();
        PaperSession.Result session;
        List<Deoptimizations.Deopt> thrownAway;
        List<String> slowest;
        String pages;
        String slowMoves;
        String concurrentGc;
        // The settings the session reads: application.properties, system properties, the options' overrides.
        RuntimeSettings sessionSettings = RuntimeSettings.load(options.overrides());
        boolean onSocketThread = sessionSettings.flag(AstraRuntime.MARKET_FEED_ON_SOCKET_THREAD);
        out.printf("market frames applied %s%n", onSocketThread ? "on the socket's thread ("
                + AstraRuntime.MARKET_FEED_ON_SOCKET_THREAD + "=true): the frame's wait below is for the books' lock"
                : "on the feed thread, from its queue");
        int realtime = sessionSettings.integer(AstraRuntime.MARKET_FEED_REALTIME_PRIORITY);
        out.printf("the thread applying them: %s%n", realtime == 0 ? "an ordinary thread"
                : "real-time, FIFO priority " + realtime + " (" + AstraRuntime.MARKET_FEED_REALTIME_PRIORITY
                        + "; the session's log says whether the system allowed it)");
        List<String> deciding = onSocketThread ? List.of(SOCKET_THREADS, DECISION_THREAD)
                : List.of(FEED_THREAD, DECISION_THREAD);
        try (Deoptimizations deopts = new Deoptimizations(deciding);
                VmStops stops = new VmStops(diagnose)) {
            session = PaperSession.run(options, out, core -> {
                core.probe(probe);
                running.set(core);
            }, sim -> sim.tapMarketFrames(frame -> probe.published(frame, System.nanoTime())));
            thrownAway = probe.cycles().isEmpty() ? List.of()
                    : deopts.since(wallAtStart.plusNanos(probe.cycles().get(0).snapshotNanos() - nanosAtStart));
            long measuredFrom = probe.cycles().isEmpty() ? Long.MAX_VALUE
                    : probe.cycles().get(0).snapshotNanos() + WARMUP.toNanos();
            LongFunction<Instant> wall = nanos -> wallAtStart.plusNanos(nanos - nanosAtStart);
            slowest = slowest(EventToIntent.slowestIntents(probe.reactions(), measuredFrom, SLOWEST_SHOWN), stops,
                    wall, onSocketThread ? SOCKET_SELECTOR_THREAD : FEED_THREAD);
            List<EventToIntent.Reaction> all =
                    EventToIntent.slowestIntents(probe.reactions(), measuredFrom, Integer.MAX_VALUE);
            long inGc = all.stream().filter(r -> !stops.concurrentGcDuring(wall.apply(r.frameNanos()),
                    wall.apply(r.outNanos())).isEmpty()).count();
            concurrentGc = all.isEmpty() ? "no intent" : String.format(Locale.ROOT,
                    "%d of %d intents overlapped a concurrent phase of the collector, which ran %.0f %% of the"
                            + " measured time", inGc, all.size(),
                    100 * stops.concurrentGcShare(wall.apply(measuredFrom), Instant.now()));
            pages = VmStops.summary(stops.pageAllocationsDuring(wall.apply(measuredFrom), Instant.now()));
            slowMoves = slowMoves(probe.reactions(), measuredFrom, wall, stops::pageAllocationsDuring);
        }
        if (session.quotesSent() == 0) {
            throw new IllegalStateException("the session sent no order: there is no intent to time");
        }
        MarketChannelDecoder decoder = new MarketChannelDecoder();
        List<EventToIntent.Cycle> cycles = probe.cycles();
        if (cycles.isEmpty()) {
            throw new IllegalStateException("no decision cycle ran");
        }
        EventToIntent.Latencies l = EventToIntent.of(cycles, frame -> marketsOf(decoder, frame), WARMUP.toNanos());
        long from = cycles.get(0).snapshotNanos() + WARMUP.toNanos();
        EventToIntent.Reactions r = EventToIntent.of(probe.reactions(), from);
        Histogram h = l.eventToDecision();
        out.printf("cadence: %d cycles after a %d s warmup saw %d market events: event -> that cycle's commands p50 %s,"
                        + " p99 %s; waiting for the tick p50 %s, p99 %s; the cycle alone p50 %s, p99 %s%n", l.cycles(),
                WARMUP.toSeconds(), h.getTotalCount(), us(h, 50), us(h, 99), us(l.tickWait(), 50), us(l.tickWait(), 99),
                us(l.cycleAlone(), 50), us(l.cycleAlone(), 99));
        Histogram i = l.eventToIntent();
        out.printf("cadence: events whose first cycle did send an order for their market: %d%s%n", i.getTotalCount(),
                i.getTotalCount() == 0 ? "" : String.format(", p50 %s, p99 %s", us(i, 50), us(i, 99)));
        Histogram moves = r.toDecision();
        out.printf("book moves of quoted markets decided on their own: %d, frame in -> commands out p50 %s, p99 %s%n",
                moves.getTotalCount(), us(moves, 50), us(moves, 99));
        out.printf("book moves by outcome: %s%n", outcomes(running.get()));
        out.printf("threads applying market frames put in the real-time class: %s%n", realtimeThreads(running.get()));
        out.printf("intents in two parts: frame taken -> deciding begun (the frame applied, its moves found, the"
                        + " frame's earlier moves decided) p50 %s, p99 %s; deciding p50 %s, p99 %s%n",
                us(r.intentBeforeDeciding(), 50), us(r.intentBeforeDeciding(), 99), us(r.intentDeciding(), 50),
                us(r.intentDeciding(), 99));
        out.printf("intents from the frame received (the socket's thread handing it on):"
                        + " p50 %s, p99 %s, max %s; its wait in the queue p50 %s, p99 %s%n",
                us(r.intentFromSocket(), 50), us(r.intentFromSocket(), 99), us(r.intentFromSocket(), 100),
                us(r.intentQueued(), 50), us(r.intentQueued(), 99));
        EventToIntent.FromPublish published = EventToIntent.fromPublish(probe.reactions(), probe.queued(),
                probe.published(), from);
        out.printf("intents from the venue publishing their frame (the simulator's thread, before its socket write;"
                        + " the venue's write, loopback and the WebSocket client included): p50 %s, p99 %s over %d"
                        + " (%d not matched); publishing to the frame received p50 %s, p99 %s%n",
                us(published.fromPublish(), 50), us(published.fromPublish(), 99),
                published.fromPublish().getTotalCount(), published.unmatched(), us(published.transport(), 50),
                us(published.transport(), 99));
        out.printf("every frame from the venue publishing it to its receipt: p50 %s, p99 %s over %d; of those published"
                        + " when the frame before had already been received (none ahead of it on the way): p50 %s, p99"
                        + " %s over %d%n", us(published.everyFrame(), 50), us(published.everyFrame(), 99),
                published.everyFrame().getTotalCount(), us(published.nothingAhead(), 50),
                us(published.nothingAhead(), 99), published.nothingAhead().getTotalCount());
        EventToIntent.QueueWaits waits = EventToIntent.queueWaits(probe.queued(), from);
        out.printf("every frame's wait from its receipt to its taking (the feed thread's queue, or the books' lock):"
                        + " p50 %s, p99 %s over %d frames; frames already"
                        + " waiting when one came p50 %d, p99 %d; the wait of frames that found none waiting p50 %s,"
                        + " p99 %s (%d)%n",
                us(waits.waited(), 50), us(waits.waited(), 99), waits.waited().getTotalCount(),
                waits.ahead().getValueAtPercentile(50), waits.ahead().getValueAtPercentile(99),
                us(waits.waitedAlone(), 50), us(waits.waitedAlone(), 99), waits.waitedAlone().getTotalCount());
        out.printf("the feed thread's time per frame, taken back to back (the route's handling included): p50 %s,"
                + " p99 %s over %d frames%n", us(waits.perFrameBackToBack(), 50), us(waits.perFrameBackToBack(), 99),
                waits.perFrameBackToBack().getTotalCount());
        out.printf("our compiled code the feed and decision threads threw away after the first cycle (JFR"
                + " jdk.Deoptimization, C2; the two share the quoting path's code): %s%n",
                Deoptimizations.summary(thrownAway));
        out.printf("the %d slowest intents, each from its frame taken (+0): JVM stops and ZGC page allocations"
                + " overlapping it (JFR)%s:%n", slowest.size(), diagnose ? ", the feed thread's time on a CPU and"
                        + " waiting for one and its page faults, and the threads found running Java code" : "");
        slowest.forEach(line -> out.println("  " + line));
        out.printf("the collector meanwhile: %s%n", concurrentGc);
        out.printf("the heap's pages meanwhile: %s%n", pages);
        out.printf("book moves (ordering or not) over %d µs from the frame received: %s%n", P99_GOAL_MICROS,
                slowMoves);
        Histogram intents = r.intentFromSocket();
        Histogram taken = r.toIntent();
        boolean enough = intents.getTotalCount() >= MIN_INTENTS;
        boolean met = enough && intents.getValueAtPercentile(50) <= P50_GOAL_MICROS
                && intents.getValueAtPercentile(99) <= P99_GOAL_MICROS;
        return new Verdict().figure(String.format("latency: market event in (the frame received from the socket) ->"
                        + " order intent out p50 %s, p99 %s, max %s over %d intents"
                        + " (goal p50 <= %d us, p99 <= %d us%s)",
                us(intents, 50), us(intents, 99), us(intents, 100), intents.getTotalCount(), P50_GOAL_MICROS,
                P99_GOAL_MICROS, enough ? "" : "; too few intents to judge, at least " + MIN_INTENTS), met)
                .figure(String.format("the same intents from the feed thread taking the frame (the figure of sessions"
                        + " 3-15, without the frame's wait for the feed thread): p50 %s, p99 %s", us(taken, 50),
                        us(taken, 99)), true)
                .figure(String.format("baseline: the decision cycle alone (snapshot -> intents out) p50 %s, p99 %s over"
                        + " %d cycles", us(l.cycleAlone(), 50), us(l.cycleAlone(), 99), l.cycles()), true);
    }

    /** What became of the session's book moves, by outcome (the runtime's own counters). */
    static String outcomes(TradingCore core) {
        Map<String, Long> byOutcome = new TreeMap<>();
        core.metrics().registry().find("astra_book_moves_total").counters()
                .forEach(c -> byOutcome.put(c.getId().getTag("outcome"), (long) c.count()));
        StringBuilder decide = new StringBuilder();
        core.metrics().registry().find("astra_book_move_decide_seconds").timers().forEach(t -> decide.append(
                String.format(Locale.ROOT, "; deciding (%s): %d, mean %.0f µs, max %.0f µs",
                        t.getId().getTag("outcome"), t.count(), t.mean(TimeUnit.MICROSECONDS),
                        t.max(TimeUnit.MICROSECONDS))));
        return byOutcome + decide.toString();
    }

    /** The runtime's count of threads put in the real-time class, by outcome ({@code {}} when none was tried). */
    static Map<String, Long> realtimeThreads(TradingCore core) {
        Map<String, Long> byOutcome = new TreeMap<>();
        core.metrics().registry().find("astra_realtime_threads_total").counters()
                .forEach(c -> byOutcome.put(c.getId().getTag("outcome"), (long) c.count()));
        return byOutcome;
    }

    /**
     * One line per intent: its time before deciding and deciding, the feed thread's times, and what
     * overlapped it (the lock waits of threads named with {@code applyingThread}).
     */
    static List<String> slowest(List<EventToIntent.Reaction> intents, VmStops stops, LongFunction<Instant> at,
            String applyingThread) {
        List<String> lines = new ArrayList<>();
        for (EventToIntent.Reaction r : intents) {
            Instant from = at.apply(r.frameNanos());
            Instant to = at.apply(r.outNanos());
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
                    "%,d µs at %s: before deciding %,d µs, deciding %,d µs", r.micros(), from,
                    (r.decidingFromNanos() - r.frameNanos()) / 1_000, (r.outNanos() - r.decidingFromNanos()) / 1_000));
            r.feedThread().ifPresent(t -> line.append(String.format(Locale.ROOT,
                    "; feed thread on a CPU %,d µs, waiting for one %,d µs, minor page faults %,d",
                    t.onCpuNanos() / 1_000, t.waitingNanos() / 1_000, t.minorFaults())));
            line.append("; JVM stops: ").append(VmStops.describe(stops.during(from, to), from));
            List<VmStops.Stop> gc = stops.concurrentGcDuring(from, to);
            if (!gc.isEmpty()) {
                line.append("; concurrent GC: ").append(VmStops.describe(gc, from));
            }
            List<VmStops.PageAllocation> pages = stops.pageAllocationsDuring(from, to);
            if (!pages.isEmpty()) {
                line.append("; heap pages allocated: ").append(VmStops.describe(
                        pages.stream().map(VmStops.PageAllocation::interval).toList(), from));
            }
            List<VmStops.Stop> locks = stops.lockWaitsDuring(applyingThread, from, to);
            if (!locks.isEmpty()) {
                line.append("; its thread's lock waits: ").append(VmStops.describe(locks, from));
            }
            Map<String, Integer> running = stops.runningDuring(from, to);
            if (!running.isEmpty()) {
                line.append("; running: ").append(running);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * Every book move decided after {@code fromNanos}, ordering or not (about thirty times as many as
     * the intents, on the same path), that took longer than the p99 goal from its frame's receipt: how
     * many, the slowest, and how many overlapped ZGC's page allocations.
     */
    static String slowMoves(List<EventToIntent.Reaction> moves, long fromNanos, LongFunction<Instant> at,
            BiFunction<Instant, Instant, List<VmStops.PageAllocation>> pagesDuring) {
        long measured = 0;
        long slow = 0;
        long slowest = 0;
        long withPage = 0;
        long withCommit = 0;
        for (EventToIntent.Reaction r : moves) {
            if (r.frameNanos() < fromNanos) {
                continue;
            }
            measured++;
            long micros = (r.outNanos() - r.receivedNanos()) / 1_000;
            slowest = Math.max(slowest, micros);
            if (micros <= P99_GOAL_MICROS) {
                continue;
            }
            slow++;
            List<VmStops.PageAllocation> pages = pagesDuring.apply(at.apply(r.receivedNanos()), at.apply(r.outNanos()));
            withPage += pages.isEmpty() ? 0 : 1;
            withCommit += pages.stream().anyMatch(p -> p.committedBytes() > 0) ? 1 : 0;
        }
        return String.format(Locale.ROOT, "%,d of %,d, the slowest %,d µs; %,d of them overlapped a ZGC page"
                + " allocation, %,d one that committed memory to the heap", slow, measured, slowest, withPage,
                withCommit);
    }

    /** A copy of the rules whose policy allows {@code perMinute} mutations a minute. */
    static Path rulesWithBudget(Path shipped, int perMinute) throws IOException {
        Path copy = ReloadBench.copyRules(shipped);
        Path policy = copy.resolve(ReloadBench.POLICY_FILE);
        String text = Files.readString(policy);
        String edited = text.replace(BUDGET_LINE + "60\n", BUDGET_LINE + perMinute + "\n");
        if (edited.equals(text) && perMinute != 60) {
            throw new IllegalStateException("the policy has no '" + BUDGET_LINE + "60' line to change: " + policy);
        }
        Files.writeString(policy, edited);
        return copy;
    }

    static List<String> marketsOf(MarketChannelDecoder decoder, String frame) {
        List<String> markets = new ArrayList<>();
        for (WsMessage m : decoder.decode(frame)) {
            if (m instanceof MarketEvent e) {
                markets.add(e.market().value());
            }
        }
        return markets;
    }

    private static String us(Histogram h, double percentile) {
        return String.format(Locale.ROOT, "%,d µs", h.getValueAtPercentile(percentile));
    }
}
