package astra.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stop-the-world pauses of a JVM's {@code -Xlog:gc} log (G1: young, mixed, full, remark,
 * cleanup), each with the heap used before and after and the heap committed. Concurrent phases
 * are not pauses and are not lines of this form, so they are left out.
 */
final class GcLog {
    /** One pause: heap in bytes before and after it, heap committed, and how long it stopped the JVM. */
    record Pause(String kind, long beforeBytes, long afterBytes, long committedBytes, double millis) {}

    private static final Pattern PAUSE = Pattern.compile(
            "GC\\(\\d+\\) (Pause .*?)\\s+(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\) ([0-9.]+)ms");

    private GcLog() {}

    static List<Pause> pauses(List<String> lines) {
        List<Pause> pauses = new ArrayList<>();
        for (String line : lines) {
            Matcher m = PAUSE.matcher(line);
            if (m.find()) {
                pauses.add(new Pause(m.group(1).trim(), bytes(m.group(2), m.group(3)), bytes(m.group(4), m.group(5)),
                        bytes(m.group(6), m.group(7)), Double.parseDouble(m.group(8))));
            }
        }
        return pauses;
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

    /** What a run's pauses add up to; heap figures in bytes. */
    record Summary(int pauses, Samples millis, long maxBefore, long maxAfter, long maxCommitted) {}

    static Summary summarise(List<Pause> pauses) {
        if (pauses.isEmpty()) {
            throw new IllegalArgumentException("the GC log holds no pause: too short a run to judge");
        }
        double[] ms = pauses.stream().mapToDouble(Pause::millis).toArray();
        return new Summary(pauses.size(), new Samples(ms), pauses.stream().mapToLong(Pause::beforeBytes).max().orElseThrow(),
                pauses.stream().mapToLong(Pause::afterBytes).max().orElseThrow(),
                pauses.stream().mapToLong(Pause::committedBytes).max().orElseThrow());
    }
}
