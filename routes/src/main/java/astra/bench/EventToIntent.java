package astra.bench;

import astra.execution.firewall.OrderRequest;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.LatencyProbe;
import astra.runtime.MarketSnapshot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import org.HdrHistogram.Histogram;

/**
 * Records, from the running runtime, which frames each decision cycle saw and when its commands
 * came out, and afterwards turns them into event-to-intent latencies: for every market event in
 * a frame, the time from the feed thread taking the frame to the first cycle that saw it returning
 * its commands — the moment an order intent for the event's market comes out, if the cycle sends
 * one. The events whose cycle did send one are also kept apart. And every book move of a quoted
 * market decided on its own, between cycles: from the feed thread taking the frame that moved it to
 * the decision thread returning its commands.
 */
final class EventToIntent implements LatencyProbe {
    /** A frame as the feed thread took it. */
    record In(String frame, long nanos) {}

    /** One decision cycle: the frames taken since the previous snapshot, and the markets it ordered in. */
    record Cycle(List<In> frames, long snapshotNanos, Set<String> orderedMarkets, long outNanos) {}

    /**
     * Microseconds. {@code eventToDecision}: every market event, from the feed thread taking it to
     * the first cycle that saw it returning its commands (an order for the event's market, or the
     * decision not to send one); {@code eventToIntent}: the events of those that did get an order
     * for their market from that cycle; {@code tickWait}: taken to snapshot; {@code cycleAlone}:
     * snapshot to commands out (queueing for the decision thread included).
     */
    record Latencies(Histogram eventToDecision, Histogram eventToIntent, Histogram tickWait, Histogram cycleAlone,
            long cycles) {}

    /** A quoted market's book move decided on its own: its frame taken, its commands out, and whether it ordered. */
    record Reaction(String market, long frameNanos, long outNanos, boolean ordered) {}

    /**
     * Microseconds, for the book moves decided after {@code fromNanos}: {@code toDecision} every
     * move, {@code toIntent} the moves that sent an order for their market.
     */
    record Reactions(Histogram toDecision, Histogram toIntent) {}

    private List<In> pending = new ArrayList<>();
    private final Queue<Reaction> reactions = new ConcurrentLinkedQueue<>();
    private final Map<MarketSnapshot, Cycle> taken = new IdentityHashMap<>();
    private final Queue<Cycle> cycles = new ConcurrentLinkedQueue<>();

    @Override
    public void frameIn(String frame, long nanos) {
        pending.add(new In(frame, nanos));
    }

    @Override
    public void snapshotTaken(MarketSnapshot snapshot, long nanos) {
        synchronized (taken) {
            taken.put(snapshot, new Cycle(pending, nanos, Set.of(), 0));
        }
        pending = new ArrayList<>();
    }

    @Override
    public void commandsOut(MarketSnapshot snapshot, List<ExecutorCommand> commands, long nanos) {
        Cycle seen;
        synchronized (taken) {
            seen = taken.remove(snapshot);
        }
        if (seen == null) {
            return; // a snapshot taken before the probe was set
        }
        cycles.add(new Cycle(seen.frames(), seen.snapshotNanos(), orderedMarkets(commands), nanos));
    }

    private static Set<String> orderedMarkets(List<ExecutorCommand> commands) {
        Set<String> markets = new HashSet<>();
        for (ExecutorCommand c : commands) {
            if (c instanceof ExecutorCommand.Submit submit) {
                for (OrderRequest r : submit.requests()) {
                    markets.add(r.market().conditionId().value());
                }
            }
        }
        return markets;
    }

    @Override
    public void reacted(BookMoved moved, List<ExecutorCommand> commands, long nanos) {
        String market = moved.market().conditionId().value();
        reactions.add(new Reaction(market, moved.frameNanos(), nanos, orderedMarkets(commands).contains(market)));
    }

    List<Cycle> cycles() {
        return List.copyOf(cycles);
    }

    List<Reaction> reactions() {
        return List.copyOf(reactions);
    }

    static Reactions of(List<Reaction> reactions, long fromNanos) {
        Histogram decision = histogram();
        Histogram intent = histogram();
        for (Reaction r : reactions) {
            if (r.frameNanos() < fromNanos) {
                continue;
            }
            long micros = micros(r.outNanos() - r.frameNanos());
            decision.recordValue(micros);
            if (r.ordered()) {
                intent.recordValue(micros);
            }
        }
        return new Reactions(decision, intent);
    }

    /**
     * The latencies of recorded cycles, leaving out the cycles whose snapshot came less than
     * {@code warmupNanos} after the first one (class loading, JIT, the rules' first firings);
     * {@code marketsOf} names the market of each event in a frame.
     */
    static Latencies of(List<Cycle> cycles, Function<String, List<String>> marketsOf, long warmupNanos) {
        Histogram decision = histogram();
        Histogram intent = histogram();
        Histogram wait = histogram();
        Histogram alone = histogram();
        long measured = 0;
        for (Cycle c : cycles) {
            if (c.snapshotNanos() - cycles.get(0).snapshotNanos() < warmupNanos) {
                continue;
            }
            measured++;
            alone.recordValue(micros(c.outNanos() - c.snapshotNanos()));
            for (In in : c.frames()) {
                for (String market : marketsOf.apply(in.frame())) {
                    long total = micros(c.outNanos() - in.nanos());
                    decision.recordValue(total);
                    wait.recordValue(micros(c.snapshotNanos() - in.nanos()));
                    if (c.orderedMarkets().contains(market)) {
                        intent.recordValue(total);
                    }
                }
            }
        }
        return new Latencies(decision, intent, wait, alone, measured);
    }

    /** Whole microseconds, rounded up, at least 1 (a histogram holds positive values). */
    static long micros(long nanos) {
        if (nanos < 0) {
            throw new IllegalArgumentException("a latency cannot be negative: " + nanos + " ns");
        }
        return Math.max(1, (nanos + 999) / 1000);
    }

    private static Histogram histogram() {
        return new Histogram(3_600_000_000L, 3);
    }
}
