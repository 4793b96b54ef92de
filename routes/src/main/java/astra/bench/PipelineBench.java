package astra.bench;

import astra.backtest.Part;
import astra.backtest.Phase;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.WsMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * {@code pipeline} and {@code pipeline-events}: a backtest of the default 20-market world in
 * virtual time, stepped one decision period at a time, with the wall time of our components timed
 * per block of steps — market frames (or events decoded beforehand) into the books, the decision
 * cycle (snapshot, facts to Hazelcast, rules, active set, quoter) and the executor (firewall,
 * signing, REST to the simulator, store) — and the simulator's own step left out. Per block, the
 * frames our feed received (recorded as they arrived) are then walked by the bare Jackson token
 * walk of {@code decode}: the parse-only rate of the same frames in the same run.
 *
 * <p>Before the measured world, the same world runs in worlds of its own until the JIT has settled
 * (see {@link #warmUpTheJit}): without it the measure was of a JVM still compiling on most of a core.
 */
final class PipelineBench implements Measure {
    static final double FRAMES_GOAL = 0.3;
    static final double EVENTS_GOAL = 500_000;
    /** Decision steps per block (one sample); 20 steps of 250 ms are 5 s of venue time. */
    static final int STEPS_PER_BLOCK = 20;
    /** How long the world's crowd trades (2 h of venue time; past it the crowd stops). */
    static final long WORLD_MILLIS = 7_200_000L;
    /** Blocks a warm-up world is stepped at most (83 minutes of venue time), so its crowd still trades. */
    static final int WARM_WORLD_BLOCKS = 1_000;

    private final boolean events;

    PipelineBench(boolean events) {
        this.events = events;
    }

    @Override
    public String name() {
        return events ? "pipeline-events" : "pipeline";
    }

    @Override
    public String description() {
        return events
                ? "pre-decoded market events -> books -> facts -> rules -> quotes -> firewall in a virtual-time backtest;"
                        + " goal >= 500,000 events/s"
                : "recorded market frames -> books -> facts -> rules -> quotes -> firewall in a virtual-time backtest;"
                        + " goal >= 0.3 x the bare Jackson walk of the same frames";
    }

    /**
     * One block's measurements: frames and events fed, the walk's wall nanoseconds, and ours by part
     * (the simulator's left out, so our feeds and all our work are sums of them).
     */
    record Block(int frames, long events, long walkNanos, Map<Part, Long> parts) {
        /** Our feeds: the market and user frames. */
        long feedsNanos() {
            long sum = 0;
            for (Map.Entry<Part, Long> e : parts.entrySet()) {
                if (e.getKey().phase() == Phase.FEEDS) {
                    sum += e.getValue();
                }
            }
            return sum;
        }

        /** All our work: feeds, decisions and execution. */
        long oursNanos() {
            return parts.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        Rounds rounds = settings.rounds(4, 20);
        warmUpTheJit(settings, out);
        List<Block> blocks = new ArrayList<>();
        List<String> received = new ArrayList<>();
        try (SteppedBacktest bt = started(settings, received)) {
            out.printf("measured world: %d markets, decision period %d ms, %d steps per block, %d warmup + %d measured "
                    + "blocks%n", bt.markets(), bt.periodMillis(), STEPS_PER_BLOCK, rounds.warmup(), rounds.measured());
            out.flush();
            Blocks stepper = new Blocks(bt, received);
            for (int b = 0; b < rounds.warmup() + rounds.measured(); b++) {
                Block block = stepper.next();
                if (b >= rounds.warmup()) {
                    blocks.add(block);
                }
            }
            bt.checkTraded();
            out.printf("book moves: %s%n", LatencyBench.outcomes(bt.run().core()));
            out.printf("run: %d steps, %d frames, %d quotes sent (walk checksum %d)%n", bt.run().steps(),
                    bt.run().frames(), bt.run().core().stats().quotesSent(), stepper.checksum);
        }
        return events ? eventsVerdict(blocks, out) : framesVerdict(blocks, out);
    }

    /**
     * A new world, started: its market frames recorded into {@code received} as they arrive (and, for
     * {@code pipeline-events}, decoded into events beforehand).
     */
    private SteppedBacktest started(BenchSettings settings, List<String> received) throws Exception {
        SteppedBacktest bt = SteppedBacktest.open(SteppedBacktest.crowd("bench-pipeline", 12, WORLD_MILLIS),
                settings.rulesDir(), name());
        try {
            bt.run().tapMarketFrames(received::add);
            if (events) {
                bt.run().preDecodeMarketFrames();
            }
            bt.start();
            return bt;
        } catch (Exception | Error e) {
            try {
                bt.close();
            } catch (Exception closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    /**
     * Runs the same world, in worlds of their own that are then thrown away, until the JIT has
     * settled ({@link JitSettling}): the measured world then starts as before, but in a JVM whose
     * compilers no longer take a core from the threads our work waits for. A world is stepped at most
     * {@link #WARM_WORLD_BLOCKS} blocks, then a new one is opened, so the warm-up meets trading crowds
     * and sessions of at most an hour and a half, not the state a session grows over many hours.
     */
    private void warmUpTheJit(BenchSettings settings, PrintWriter out) throws Exception {
        JitSettling jit = JitSettling.ofThisJvm();
        int blocks = 0;
        int worlds = 0;
        boolean settled = false;
        while (!settled) {
            worlds++;
            List<String> received = new ArrayList<>();
            try (SteppedBacktest bt = started(settings, received)) {
                Blocks stepper = new Blocks(bt, received);
                for (int b = 0; b < WARM_WORLD_BLOCKS && !settled; b++) {
                    stepper.next();
                    blocks++;
                    settled = jit.settled();
                }
            }
        }
        out.printf("JIT warm-up: %d blocks in %d world(s) of their own; %s%n", blocks, worlds, jit.summary());
        out.flush();
    }

    /** Steps the backtest a block at a time, timing our parts and walking the block's frames. */
    private static final class Blocks {
        private final SteppedBacktest bt;
        private final List<String> received;
        private final MarketChannelDecoder counter = new MarketChannelDecoder();
        long checksum;

        Blocks(SteppedBacktest bt, List<String> received) {
            this.bt = bt;
            this.received = received;
        }

        Block next() throws IOException {
            received.clear();
            Map<Part, Long> parts0 = partNanos(bt);
            for (int s = 0; s < STEPS_PER_BLOCK; s++) {
                bt.run().step();
            }
            Map<Part, Long> parts = partNanos(bt);
            parts.replaceAll((part, nanos) -> nanos - parts0.get(part));
            List<String> frames = List.copyOf(received);
            if (frames.isEmpty()) {
                throw new IllegalStateException("a block of " + STEPS_PER_BLOCK + " steps received no market frame");
            }
            long walk0 = System.nanoTime();
            Workload.Batch walked = DecodeBench.tokenWalk(frames, frames.size());
            long walk = System.nanoTime() - walk0;
            checksum += walked.checksum();
            return new Block(frames.size(), marketEvents(counter, frames), walk, parts);
        }
    }

    /** Market events in the frames (book, price change, trade, tick change, best bid/ask ...). */
    static long marketEvents(MarketChannelDecoder decoder, List<String> frames) {
        long n = 0;
        for (String frame : frames) {
            for (WsMessage m : decoder.decode(frame)) {
                if (m instanceof MarketEvent) {
                    n++;
                }
            }
        }
        return n;
    }

    private static Verdict framesVerdict(List<Block> blocks, PrintWriter out) {
        Samples ours = perOp(blocks, b -> b.oursNanos(), b -> b.frames());
        Samples walk = perOp(blocks, b -> b.walkNanos(), b -> b.frames());
        Samples feeds = perOp(blocks, b -> b.feedsNanos(), b -> b.frames());
        double ratio = walk.median() / ours.median();
        out.printf("per frame: pipeline %s median (p99 %s), of which feeds %s; Jackson walk %s median (p99 %s); %d blocks, "
                        + "%d frames%n", Figures.micros(ours.median()), Figures.micros(ours.p99()),
                Figures.micros(feeds.median()), Figures.micros(walk.median()), Figures.micros(walk.p99()),
                ours.count(), blocks.stream().mapToLong(Block::frames).sum());
        printParts(blocks, Block::frames, "frame", out);
        return new Verdict().figure(String.format("pipeline: %s x the parse-only rate (ours %s frames/s median, "
                        + "bare Jackson walk of the same frames %s frames/s median; goal >= %s)", String.format(Locale.ROOT, "%.4f", ratio),
                Figures.perSecond(ours.median()), Figures.perSecond(walk.median()), FRAMES_GOAL), ratio >= FRAMES_GOAL);
    }

    private static Verdict eventsVerdict(List<Block> blocks, PrintWriter out) {
        Samples ours = perOp(blocks, b -> b.oursNanos(), b -> b.events());
        Samples feeds = perOp(blocks, b -> b.feedsNanos(), b -> b.events());
        double rate = 1e9 / ours.median();
        out.printf("per event: pipeline %s median (p99 %s), of which books %s; %d blocks, %d events in %d frames%n",
                Figures.micros(ours.median()), Figures.micros(ours.p99()), Figures.micros(feeds.median()), ours.count(),
                blocks.stream().mapToLong(Block::events).sum(), blocks.stream().mapToLong(Block::frames).sum());
        printParts(blocks, Block::events, "event", out);
        return new Verdict().figure(String.format("pipeline-events: %s events/s median (baseline, the same events into "
                        + "the books alone, with the user channel's fills into the store: %s events/s median; "
                        + "goal >= %,.0f events/s)", Figures.perSecond(ours.median()), Figures.perSecond(feeds.median()),
                EVENTS_GOAL), rate >= EVENTS_GOAL);
    }

    /** Our wall time so far by part (the simulator's left out). */
    private static Map<Part, Long> partNanos(SteppedBacktest bt) {
        Map<Part, Long> m = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            if (part != Part.SIMULATOR) {
                m.put(part, bt.run().phases().nanos(part));
            }
        }
        return m;
    }

    /**
     * Where an operation's time went, as means over the measured blocks; what the rest would allow
     * without the decision cycle; and the operations' own path. The cycle runs every period over
     * every market whatever arrived, so its share per operation is set by how many arrive per
     * period, not by their work.
     */
    private static void printParts(List<Block> blocks, ToLongFunction<Block> ops, String op, PrintWriter out) {
        Map<Part, Double> mean = meanPerOp(blocks, ops);
        List<String> parts = new ArrayList<>();
        mean.forEach((part, nanos) -> parts.add(part.label() + " " + Figures.micros(nanos)));
        out.printf("per %s by part (means over the measured blocks): %s%n", op, String.join(", ", parts));
        double withoutCycle = withoutCycle(mean);
        out.printf("without the decision cycle and its orders: %s per %s, %s %ss/s: the most a cheaper cycle alone "
                + "could give%n", Figures.micros(withoutCycle), op, Figures.perSecond(withoutCycle), op);
        double own = ownPath(mean);
        out.printf("the %ss' own path (market feed, book moves): %s per %s, %s %ss/s; the rest is work per period "
                + "(cycle, heartbeat, reconciliation) or per fill, spread over the %ss a period brings%n", op,
                Figures.micros(own), op, Figures.perSecond(own), op, op);
    }

    /**
     * The nanoseconds per operation of what every market event goes through: into the books, and the
     * book move it may make decided (not the orders that follow, which wait for the venue's answer).
     */
    static double ownPath(Map<Part, Double> meanPerOp) {
        return meanPerOp.getOrDefault(Part.MARKET_FEED, 0.0) + meanPerOp.getOrDefault(Part.BOOK_MOVES, 0.0);
    }

    /** Each part's nanoseconds over all blocks, divided by all their operations. */
    static Map<Part, Double> meanPerOp(List<Block> blocks, ToLongFunction<Block> ops) {
        long n = blocks.stream().mapToLong(ops).sum();
        if (n <= 0) {
            throw new IllegalStateException("the blocks did no operation");
        }
        Map<Part, Double> mean = new EnumMap<>(Part.class);
        for (Block b : blocks) {
            b.parts().forEach((part, nanos) -> mean.merge(part, (double) nanos, Double::sum));
        }
        mean.replaceAll((part, nanos) -> nanos / n);
        return mean;
    }

    /** The nanoseconds per operation of every part but the decision cycle and the orders it gave. */
    static double withoutCycle(Map<Part, Double> meanPerOp) {
        double sum = 0;
        for (Map.Entry<Part, Double> e : meanPerOp.entrySet()) {
            if (e.getKey() != Part.CYCLE && e.getKey() != Part.CYCLE_ORDERS) {
                sum += e.getValue();
            }
        }
        return sum;
    }

    /** Nanoseconds per operation of each block. */
    static Samples perOp(List<Block> blocks, ToLongFunction<Block> nanos, ToLongFunction<Block> ops) {
        double[] v = new double[blocks.size()];
        for (int i = 0; i < v.length; i++) {
            long n = ops.applyAsLong(blocks.get(i));
            if (n <= 0) {
                throw new IllegalStateException("block " + i + " did no operation");
            }
            v[i] = (double) nanos.applyAsLong(blocks.get(i)) / n;
        }
        return new Samples(v);
    }
}
