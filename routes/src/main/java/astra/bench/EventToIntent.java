package astra.bench;

import astra.execution.firewall.OrderRequest;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.LatencyProbe;
import astra.runtime.MarketSnapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /**
     * A frame's wait from its receipt to its taking (the feed thread's queue, or the books' lock), how
     * many frames were already waiting when it came, and the frame itself, to find its publishing.
     */
    record Queued(String frame, long receivedNanos, long takenNanos, int ahead) {}

    /** A market frame as the venue published it, on its own thread, before writing it to any socket. */
    record Published(String frame, long nanos) {}

    /**
     * Microseconds, for the intents whose frame was matched to the venue's publishing of it: from
     * the venue publishing the frame to the intent out ({@code fromPublish}), and of that, from the
     * publishing to the socket's thread handing the frame on ({@code transport}: the venue's socket
     * write, loopback, and the WebSocket client); {@code unmatched} intents whose frame was not found.
     * And the same transport for every frame received after the start ({@code everyFrame}), and for
     * those published when the frame before them had already been handed on ({@code nothingAhead}:
     * the way itself, with no frame ahead in it).
     */
    record FromPublish(Histogram fromPublish, Histogram transport, long unmatched, Histogram everyFrame,
            Histogram nothingAhead) {}

    /**
     * Microseconds and counts, for the frames received after a start: every frame's wait in the feed
     * thread's queue ({@code waited}), how many were ahead of it ({@code ahead}), and the wait of
     * those that found none ahead ({@code waitedAlone}: the feed thread's own work between frames, and
     * its waking, not a queue of frames), and, for a frame whose successor was already waiting when it
     * was taken, the time from its taking to its successor's ({@code perFrameBackToBack}: all the feed
     * thread does for one frame, the route's own handling included).
     */
    record QueueWaits(Histogram waited, Histogram ahead, Histogram waitedAlone, Histogram perFrameBackToBack) {}

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

    /**
     * A quoted market's book move decided on its own: its frame received from the socket (handed to
     * the feed thread's queue; the time it was taken where no receipt was seen), its frame taken, its
     * deciding begun, its commands out, whether it ordered, and, in a diagnosing run, the feed
     * thread's time on a CPU and waiting for one between its frame taken and its commands out.
     */
    record Reaction(String market, long receivedNanos, long frameNanos, long decidingFromNanos, long outNanos,
            boolean ordered, Optional<ThreadTimes.Times> feedThread) {
        Reaction(String market, long frameNanos, long outNanos, boolean ordered) {
            this(market, frameNanos, frameNanos, frameNanos, outNanos, ordered, Optional.empty());
        }

        long micros() {
            return EventToIntent.micros(outNanos - frameNanos);
        }
    }

    /**
     * Microseconds, for the book moves decided after {@code fromNanos}: {@code toDecision} every
     * move, {@code toIntent} the moves that sent an order for their market, and those split into
     * {@code intentBeforeDeciding} (frame taken to deciding begun) and {@code intentDeciding}; and the
     * same intents from their frame received from the socket ({@code intentFromSocket}), of which
     * {@code intentQueued} the frame's wait in the feed thread's queue.
     */
    record Reactions(Histogram toDecision, Histogram toIntent, Histogram intentBeforeDeciding,
            Histogram intentDeciding, Histogram intentFromSocket, Histogram intentQueued) {}

    private final boolean feedThreadTimes;
    /** The feed thread's counts, opened on its first frame; only when {@link #feedThreadTimes}. */
    private ThreadTimes feedThread;
    private ThreadTimes.Times atFrame;
    /** A frame handed to the feed thread's queue: when, and how many were waiting before it. */
    private record Receipt(long nanos, int ahead) {}

    /** Frames handed to the feed thread's queue and not yet taken, by identity; guarded by itself. */
    private final Map<String, Receipt> received = new IdentityHashMap<>();
    private final Queue<Queued> queued = new ConcurrentLinkedQueue<>();
    private final Queue<Published> published = new ConcurrentLinkedQueue<>();
    /** The frame last taken (feed thread only): received at its taking where no receipt was seen. */
    private Queued lastFrame = new Queued("", 0, 0, 0);
    private List<In> pending = new ArrayList<>();
    private final Queue<Reaction> reactions = new ConcurrentLinkedQueue<>();
    private final Map<MarketSnapshot, Cycle> taken = new IdentityHashMap<>();
    private final Queue<Cycle> cycles = new ConcurrentLinkedQueue<>();

    /**
     * @param feedThreadTimes whether to read the feed thread's time on a CPU and waiting for one at
     *     each frame and each move's commands (a few microseconds a read, counted in the latency):
     *     for a diagnosing run, not a figure of record
     */
    EventToIntent(boolean feedThreadTimes) {
        this.feedThreadTimes = feedThreadTimes;
    }

    @Override
    public void frameReceived(String frame, long nanos) {
        synchronized (received) {
            received.put(frame, new Receipt(nanos, received.size()));
        }
    }

    @Override
    public void frameIn(String frame, long nanos) {
        Receipt at;
        synchronized (received) {
            at = received.remove(frame);
        }
        lastFrame = at == null ? new Queued(frame, nanos, nanos, 0) : new Queued(frame, at.nanos(), nanos, at.ahead());
        if (at != null) {
            queued.add(lastFrame);
        }
        pending.add(new In(frame, nanos));
        if (feedThreadTimes) {
            if (feedThread == null) {
                feedThread = ThreadTimes.ofCurrentThread().orElseThrow(() -> new IllegalStateException(
                        "this kernel keeps no per-thread run times (/proc/thread-self/schedstat)"));
            }
            atFrame = feedThread.read();
        }
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
    public void reacted(BookMoved moved, List<ExecutorCommand> commands, long decidingFromNanos, long nanos) {
        // Read first: the rest of this method is after the commands came out, not in the latency.
        Optional<ThreadTimes.Times> times = feedThreadTimes && atFrame != null
                ? Optional.of(feedThread.read().minus(atFrame)) : Optional.empty();
        String market = moved.market().conditionId().value();
        // The move's frame is the last one taken, unless it came by a path that takes no frame.
        long receivedNanos = lastFrame.takenNanos() == moved.frameNanos() ? lastFrame.receivedNanos()
                : moved.frameNanos();
        reactions.add(new Reaction(market, receivedNanos, moved.frameNanos(), decidingFromNanos, nanos,
                orderedMarkets(commands).contains(market), times));
    }

    List<Queued> queued() {
        return List.copyOf(queued);
    }

    /** The venue published a market frame (called on the venue's thread). */
    void published(String frame, long nanos) {
        published.add(new Published(frame, nanos));
    }

    List<Published> published() {
        return List.copyOf(published);
    }

    /**
     * The intents after {@code fromNanos} timed from the venue publishing their frame. A received
     * frame is matched to the earliest publishing of the same text not yet matched, in the order
     * frames were received (one socket delivers them in the order published); an intent to its frame
     * by the time its frame was received.
     */
    static FromPublish fromPublish(List<Reaction> reactions, List<Queued> frames, List<Published> published,
            long fromNanos) {
        Map<String, ArrayDeque<Long>> byText = new HashMap<>();
        for (Published p : published) {
            byText.computeIfAbsent(p.frame(), k -> new ArrayDeque<>()).add(p.nanos());
        }
        List<Queued> byReceipt = new ArrayList<>(frames);
        byReceipt.sort(Comparator.comparingLong(Queued::receivedNanos));
        Map<Long, Long> publishedByReceipt = new HashMap<>();
        Histogram everyFrame = histogram();
        Histogram nothingAhead = histogram();
        long previousReceived = Long.MIN_VALUE;
        for (Queued q : byReceipt) {
            ArrayDeque<Long> times = byText.get(q.frame());
            Long at = times == null ? null : times.poll();
            if (at != null && at <= q.receivedNanos()) {
                publishedByReceipt.put(q.receivedNanos(), at);
                if (q.receivedNanos() >= fromNanos) {
                    everyFrame.recordValue(micros(q.receivedNanos() - at));
                    if (previousReceived < at) {
                        nothingAhead.recordValue(micros(q.receivedNanos() - at));
                    }
                }
            }
            previousReceived = q.receivedNanos();
        }
        Histogram fromPublish = histogram();
        Histogram transport = histogram();
        long unmatched = 0;
        for (Reaction r : reactions) {
            if (!r.ordered() || r.frameNanos() < fromNanos) {
                continue;
            }
            Long at = publishedByReceipt.get(r.receivedNanos());
            if (at == null) {
                unmatched++;
                continue;
            }
            fromPublish.recordValue(micros(r.outNanos() - at));
            transport.recordValue(micros(r.receivedNanos() - at));
        }
        return new FromPublish(fromPublish, transport, unmatched, everyFrame, nothingAhead);
    }

    static QueueWaits queueWaits(List<Queued> frames, long fromNanos) {
        Histogram waited = histogram();
        Histogram ahead = new Histogram(3_600_000_000L, 3);
        Histogram alone = histogram();
        Histogram perFrame = histogram();
        for (int i = 0; i < frames.size(); i++) {
            Queued q = frames.get(i);
            if (q.receivedNanos() < fromNanos) {
                continue;
            }
            if (i + 1 < frames.size() && frames.get(i + 1).receivedNanos() <= q.takenNanos()) {
                perFrame.recordValue(micros(frames.get(i + 1).takenNanos() - q.takenNanos()));
            }
            long micros = micros(q.takenNanos() - q.receivedNanos());
            waited.recordValue(micros);
            ahead.recordValue(q.ahead());
            if (q.ahead() == 0) {
                alone.recordValue(micros);
            }
        }
        return new QueueWaits(waited, ahead, alone, perFrame);
    }

    /** When the frame last taken was received (its taking, where no receipt was seen). */
    long receivedOfLastFrame() {
        return lastFrame.receivedNanos();
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
        Histogram before = histogram();
        Histogram deciding = histogram();
        Histogram fromSocket = histogram();
        Histogram queued = histogram();
        for (Reaction r : reactions) {
            if (r.frameNanos() < fromNanos) {
                continue;
            }
            long micros = r.micros();
            decision.recordValue(micros);
            if (r.ordered()) {
                intent.recordValue(micros);
                before.recordValue(micros(r.decidingFromNanos() - r.frameNanos()));
                deciding.recordValue(micros(r.outNanos() - r.decidingFromNanos()));
                fromSocket.recordValue(micros(r.outNanos() - r.receivedNanos()));
                queued.recordValue(micros(r.frameNanos() - r.receivedNanos()));
            }
        }
        return new Reactions(decision, intent, before, deciding, fromSocket, queued);
    }

    /** The {@code count} slowest book moves decided after {@code fromNanos} that ordered, slowest first. */
    static List<Reaction> slowestIntents(List<Reaction> reactions, long fromNanos, int count) {
        List<Reaction> intents = new ArrayList<>();
        for (Reaction r : reactions) {
            if (r.ordered() && r.frameNanos() >= fromNanos) {
                intents.add(r);
            }
        }
        intents.sort(Comparator.comparingLong((Reaction r) -> r.outNanos() - r.frameNanos()).reversed());
        return intents.subList(0, Math.min(count, intents.size()));
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
