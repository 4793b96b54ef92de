package astra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a JVM's {@code -Xlog:gc,gc+heap,gc+phases,safepoint} log says about stops and heap, for G1
 * and ZGC alike.
 *
 * <p>A pause is what the application saw: the whole safepoint of a collector's VM operation
 * (reaching it, cleanup and the time at it), not only the collector's own phase time, which leaves
 * out the wait for every thread to reach the safepoint — on two loaded cores that wait can be most
 * of the stop. A ZGC allocation stall (a thread blocked until the collector frees memory) is
 * counted as a pause of that length too: the thread stood still because of the collector.
 */
final class GcLog {
    /** One stop: what stopped ({@code kind}) and for how long. */
    record Pause(String kind, double millis) {}

    /** The heap in bytes: most used at any point seen, most used right after a collection, most committed. */
    record Heap(long maxUsed, long maxAfterGc, long maxCommitted) {}

    private static final Pattern SAFEPOINT = Pattern.compile(
            "Safepoint \"((?:Z|G1|Shenandoah|Collect|ParallelGC|GenCollect)\\w*)\".*Total: (\\d+) ns");
    private static final Pattern STALL = Pattern.compile("Allocation Stall \\((.*?)\\) ([0-9.]+)ms");
    /** G1's own pause lines: "GC(3) Pause Young (Normal) (G1 Evacuation Pause) 51M->7M(1024M) 4.123ms". */
    private static final Pattern G1_PAUSE = Pattern.compile(
            "GC\\(\\d+\\) (Pause .*?)\\s+(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([0-9.]+)ms");
    /** ZGC's own pause phases: "GC(1) Pause Mark Start 0.009ms". */
    private static final Pattern Z_PAUSE = Pattern.compile("GC\\(\\d+\\) (Pause [A-Za-z ]+?) ([0-9.]+)ms");
    /** ZGC's cycle line: "GC(1) Garbage Collection (Warmup) 80M(31%)->30M(12%)". */
    private static final Pattern Z_CYCLE = Pattern.compile(
            "GC\\(\\d+\\) Garbage Collection \\(.*?\\) (\\d+)([KMG])\\(\\d+%\\)->(\\d+)([KMG])\\(\\d+%\\)");
    /** A row of ZGC's heap table; the fifth column is "High", the most during the cycle. */
    private static final Pattern Z_ROW = Pattern.compile(
            "GC\\(\\d+\\)\\s+(Used|Capacity):((?:\\s+\\d+[KMG] \\(\\s*\\d+%\\)){6})");
    private static final Pattern AMOUNT = Pattern.compile("(\\d+)([KMG])");
    /** The uptime decorator every line of such a log starts with: "[12.345s]". */
    private static final Pattern UPTIME = Pattern.compile("^\\[(\\d+)\\.(\\d{3})s\\]");

    private GcLog() {}

    /**
     * The lines logged from {@code fromMillis} to {@code toMillis} of the JVM's uptime (both
     * included), e.g. while a session traded; a line without an uptime is left out.
     */
    static List<String> within(List<String> lines, long fromMillis, long toMillis) {
        List<String> kept = new ArrayList<>();
        for (String line : lines) {
            Matcher m = UPTIME.matcher(line);
            if (m.find()) {
                long at = Long.parseLong(m.group(1)) * 1000 + Long.parseLong(m.group(2));
                if (at >= fromMillis && at <= toMillis) {
                    kept.add(line);
                }
            }
        }
        return kept;
    }

    static List<Pause> pauses(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher s = SAFEPOINT.matcher(line);
            if (s.find()) {
                pauses.add(new Pause(s.group(1), Long.parseLong(s.group(2)) / 1e6));
                continue;
            }
            Matcher stall = STALL.matcher(line);
            if (stall.find()) {
                pauses.add(new Pause("Allocation Stall (" + stall.group(1) + ")", Double.parseDouble(stall.group(2))));
            }
        }
        return pauses;
    }

    /** The collectors' own pause figures (G1 "Pause ..." lines, ZGC "Pause ..." phases), without the safepoint wait. */
    static List<Pause> collectorPauses(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher g1 = G1_PAUSE.matcher(line);
            if (g1.find()) {
                pauses.add(new Pause(g1.group(1).trim(), Double.parseDouble(g1.group(8))));
                continue;
            }
            Matcher z = Z_PAUSE.matcher(line);
            if (z.find()) {
                pauses.add(new Pause(z.group(1), Double.parseDouble(z.group(2))));
            }
        }
        return pauses;
    }

    static Heap heap(List<String> lines) {
        long used = 0;
        long after = 0;
        long committed = 0;
        for (String line : lines) {
            Matcher g1 = G1_PAUSE.matcher(line);
            if (g1.find()) {
                used = Math.max(used, bytes(g1.group(2), g1.group(3)));
                after = Math.max(after, bytes(g1.group(4), g1.group(5)));
                committed = Math.max(committed, bytes(g1.group(6), g1.group(7)));
                continue;
            }
            Matcher cycle = Z_CYCLE.matcher(line);
            if (cycle.find()) {
                used = Math.max(used, bytes(cycle.group(1), cycle.group(2)));
                after = Math.max(after, bytes(cycle.group(3), cycle.group(4)));
                continue;
            }
            Matcher row = Z_ROW.matcher(line);
            if (row.find()) {
                List<Long> columns = new ArrayList<>();
                Matcher a = AMOUNT.matcher(row.group(2));
                while (a.find()) {
                    columns.add(bytes(a.group(1), a.group(2)));
                }
                long high = columns.get(4);
                if (row.group(1).equals("Used")) {
                    used = Math.max(used, high);
                } else {
                    committed = Math.max(committed, high);
                }
            }
        }
        return new Heap(used, after, committed);
    }

    static long bytes(String amount, String unit) {
        long n = Long.parseLong(amount);
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "K" -> n << 10;
            case "M" -> n << 20;
            case "G" -> n << 30;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }

    /** What a run's log adds up to: its pauses as the application saw them, the collector's own figures, the heap. */
    record Summary(int pauses, Samples millis, Samples collectorMillis, long stalls, Heap heap) {}

    /**
     * As {@link #summarise}, for a window of a log (e.g. while a session traded), where no pause at
     * all is a result, not a log too short to judge: it reads as 0 pauses of 0 ms.
     */
    static Summary summariseWindow(List<String> lines) {
        if (pauses(lines).isEmpty()) {
            return new Summary(0, new Samples(new double[] {0}), new Samples(new double[] {0}), 0, heap(lines));
        }
        return summarise(lines);
    }

    static Summary summarise(List<String> lines) {
        List<Pause> pauses = pauses(lines);
        if (pauses.isEmpty()) {
            throw new IllegalArgumentException("the GC log holds no pause: too short a run to judge");
        }
        List<Pause> own = collectorPauses(lines);
        double[] ms = pauses.stream().mapToDouble(Pause::millis).toArray();
        double[] collector = own.isEmpty() ? new double[] {0} : own.stream().mapToDouble(Pause::millis).toArray();
        long stalls = pauses.stream().filter(p -> p.kind().startsWith("Allocation Stall")).count();
        return new Summary(pauses.size(), new Samples(ms), new Samples(collector), stalls, heap(lines));
    }
}
