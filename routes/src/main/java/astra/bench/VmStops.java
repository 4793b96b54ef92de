package astra.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingStream;

/**
 * What stopped or slowed every Java thread while a bench ran, from JFR: safepoints (the time to
 * reach each, and the VM operation run in it), GC pauses and allocation stalls. And, when asked,
 * which threads JFR found running Java code, sampled every millisecond. The latency bench lines
 * these up with its slowest intents, so a slow intent can be told apart as a stop of the whole JVM,
 * the feed thread kept off the CPUs by others, a wait for a lock (when asked), or work. Also the
 * collector's concurrent phases, during which no thread stops but ZGC's barriers slow the reads of
 * objects it is moving, and ZGC's page allocations, which a thread makes on its own time.
 */
final class VmStops implements AutoCloseable {
    /** Something the JVM did over an interval; {@code what} names it. */
    record Stop(Instant start, Duration duration, String what) {
        Instant end() {
            return start.plus(duration);
        }

        boolean overlaps(Instant from, Instant to) {
            return start.isBefore(to) && end().isAfter(from);
        }
    }

    /** A thread JFR found running Java code at an instant. */
    record Sample(Instant at, String thread) {}

    /** A thread's wait to enter a monitor or while parked: the wait's text names the lock (and a monitor's holder). */
    record LockWait(String thread, Stop interval) {}

    /** Lock waits shorter than this are not recorded: the path's whole goal is 250 µs. */
    private static final Duration LOCK_WAIT_THRESHOLD = Duration.ofNanos(20_000);

    private static final Duration SAMPLE_PERIOD = Duration.ofMillis(1);
    private final RecordingStream stream = new RecordingStream();
    private final Queue<Stop> stops = new ConcurrentLinkedQueue<>();
    private final Queue<Sample> samples = new ConcurrentLinkedQueue<>();
    /** The collector's concurrent phases: no thread stops, but ZGC's barriers make reads slower meanwhile. */
    private final Queue<Stop> concurrentGc = new ConcurrentLinkedQueue<>();
    private final Queue<LockWait> lockWaits = new ConcurrentLinkedQueue<>();
    /**
     * ZGC's page allocations: a thread whose allocation needs a new page takes it on its own time,
     * committing memory to the heap when none is free (a heap that has not yet grown to its size).
     */
    private final Queue<PageAllocation> pageAllocations = new ConcurrentLinkedQueue<>();

    /** A page ZGC allocated, and the bytes it committed to the heap for it. */
    record PageAllocation(Stop interval, long committedBytes) {}

    /**
     * Starts listening; with {@code sampleThreads}, also to which threads run, every millisecond,
     * and to waits of 20 µs or more for a monitor or in a park.
     */
    VmStops(boolean sampleThreads) {
        stream.enable("jdk.SafepointBegin").withThreshold(Duration.ZERO);
        stream.enable("jdk.ExecuteVMOperation").withThreshold(Duration.ZERO);
        stream.enable("jdk.GCPhasePause").withThreshold(Duration.ZERO);
        stream.enable("jdk.ZAllocationStall").withThreshold(Duration.ZERO);
        stream.onEvent("jdk.SafepointBegin", e -> stops.add(stop(e, "reaching a safepoint")));
        stream.onEvent("jdk.ExecuteVMOperation", e -> stops.add(stop(e, "VM operation "
                + e.getValue("operation") + (e.getBoolean("safepoint") ? " (at a safepoint)" : ""))));
        stream.onEvent("jdk.GCPhasePause", e -> stops.add(stop(e, "GC pause " + e.getString("name"))));
        stream.onEvent("jdk.ZAllocationStall", e -> stops.add(stop(e, "allocation stall")));
        stream.enable("jdk.ZPageAllocation").withThreshold(Duration.ZERO);
        stream.onEvent("jdk.ZPageAllocation", e -> pageAllocations.add(new PageAllocation(stop(e, "page of "
                + e.getLong("size") / 1024 + " KiB by " + (e.getThread() == null ? "?" : e.getThread().getJavaName())
                + ", committing " + e.getLong("committed") / 1024 + " KiB"), e.getLong("committed"))));
        stream.enable("jdk.GCPhaseConcurrent").withThreshold(Duration.ZERO);
        stream.onEvent("jdk.GCPhaseConcurrent", e -> concurrentGc.add(stop(e, e.getString("name"))));
        if (sampleThreads) {
            stream.enable("jdk.JavaMonitorEnter").withThreshold(LOCK_WAIT_THRESHOLD);
            stream.onEvent("jdk.JavaMonitorEnter", e -> lockWaits.add(lockWait(e, "monitor of "
                    + className(e, "monitorClass") + " held by " + threadName(e, "previousOwner"))));
            stream.enable("jdk.ThreadPark").withThreshold(LOCK_WAIT_THRESHOLD);
            stream.onEvent("jdk.ThreadPark", e -> lockWaits.add(lockWait(e, "parked on "
                    + className(e, "parkedClass"))));
            stream.enable("jdk.ExecutionSample").withPeriod(SAMPLE_PERIOD);
            stream.onEvent("jdk.ExecutionSample", e -> {
                if (e.getThread("sampledThread") != null) {
                    samples.add(new Sample(e.getStartTime(), e.getThread("sampledThread").getJavaName()));
                }
            });
        }
        stream.startAsync();
    }

    private static Stop stop(RecordedEvent e, String what) {
        return new Stop(e.getStartTime(), e.getDuration(), what);
    }

    private static LockWait lockWait(RecordedEvent e, String what) {
        return new LockWait(e.getThread() == null ? "?" : e.getThread().getJavaName(), stop(e, what));
    }

    private static String className(RecordedEvent e, String field) {
        return e.getClass(field) == null ? "?" : e.getClass(field).getName();
    }

    private static String threadName(RecordedEvent e, String field) {
        return e.getThread(field) == null ? "?" : e.getThread(field).getJavaName();
    }

    /** The lock waits of threads whose names contain {@code threadPart} that overlap the interval. */
    List<Stop> lockWaitsDuring(String threadPart, Instant from, Instant to) {
        return overlapping(lockWaits.stream().filter(w -> w.thread().contains(threadPart)).map(LockWait::interval)
                .toList(), from, to);
    }

    /** The stops that overlap the interval, in the order they began. */
    List<Stop> during(Instant from, Instant to) {
        return overlapping(stops, from, to);
    }

    private static List<Stop> overlapping(Iterable<Stop> recorded, Instant from, Instant to) {
        return overlapping(recorded, s -> s, from, to);
    }

    /** The records whose interval overlaps the interval given, in the order their intervals began. */
    private static <T> List<T> overlapping(Iterable<T> recorded, Function<T, Stop> interval, Instant from, Instant to) {
        List<T> in = new ArrayList<>();
        for (T r : recorded) {
            if (interval.apply(r).overlaps(from, to)) {
                in.add(r);
            }
        }
        in.sort((a, b) -> interval.apply(a).start().compareTo(interval.apply(b).start()));
        return in;
    }

    /** ZGC's page allocations that overlap the interval, by any thread, in the order they began. */
    List<PageAllocation> pageAllocationsDuring(Instant from, Instant to) {
        return overlapping(pageAllocations, PageAllocation::interval, from, to);
    }

    /**
     * The page allocations given, in a line: how many, how many of them committed memory and how much,
     * and how long the slowest took.
     */
    static String summary(List<PageAllocation> in) {
        List<PageAllocation> committing = in.stream().filter(a -> a.committedBytes() > 0).toList();
        long committed = committing.stream().mapToLong(PageAllocation::committedBytes).sum();
        long slowest = in.stream().mapToLong(a -> a.interval().duration().toNanos() / 1_000).max().orElse(0);
        long over100 = in.stream().filter(a -> a.interval().duration().toNanos() >= 100_000).count();
        return String.format(Locale.ROOT, "%,d ZGC page allocations, %,d of them committing %,d MiB to the heap; the"
                + " slowest %,d µs, %,d of 100 µs or more", in.size(), committing.size(), committed >> 20, slowest,
                over100);
    }

    /** The collector's concurrent phases that overlap the interval, in the order they began. */
    List<Stop> concurrentGcDuring(Instant from, Instant to) {
        return overlapping(concurrentGc, from, to);
    }

    /** The share of the interval during which some concurrent phase of the collector ran (0 to 1). */
    double concurrentGcShare(Instant from, Instant to) {
        return share(concurrentGcDuring(from, to), from, to);
    }

    /** The share of the interval that the stops, in the order they began, cover (overlaps counted once). */
    static double share(List<Stop> in, Instant from, Instant to) {
        long covered = 0;
        Instant reached = from;
        for (Stop s : in) {
            Instant start = s.start().isAfter(reached) ? s.start() : reached;
            Instant end = s.end().isBefore(to) ? s.end() : to;
            if (end.isAfter(start)) {
                covered += Duration.between(start, end).toNanos();
                reached = end;
            }
        }
        long whole = Duration.between(from, to).toNanos();
        return whole <= 0 ? 0 : (double) covered / whole;
    }

    /** How often each thread was found running Java code in the interval (its ends widened by one sample period). */
    Map<String, Integer> runningDuring(Instant from, Instant to) {
        Map<String, Integer> byThread = new TreeMap<>();
        Instant a = from.minus(SAMPLE_PERIOD);
        Instant b = to.plus(SAMPLE_PERIOD);
        for (Sample s : samples) {
            if (!s.at().isBefore(a) && !s.at().isAfter(b)) {
                byThread.merge(s.thread(), 1, Integer::sum);
            }
        }
        return byThread;
    }

    /** Each stop as "what for N µs, from +M µs" relative to {@code from}; "none" when there is none. */
    static String describe(List<Stop> stops, Instant from) {
        if (stops.isEmpty()) {
            return "none";
        }
        StringBuilder text = new StringBuilder();
        for (Stop s : stops) {
            long startMicros = Duration.between(from, s.start()).toNanos() / 1_000;
            text.append(text.length() == 0 ? "" : "; ").append(s.what()).append(' ')
                    .append(String.format("%,d µs from %+,d µs", s.duration().toNanos() / 1_000, startMicros));
        }
        return text.toString();
    }

    @Override
    public void close() {
        stream.close();
    }
}
