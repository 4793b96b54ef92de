package astra.backtest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Wall time summed per {@link Part}, and so per {@link Phase}, so a slow backtest says where its time goes. One thread. */
public final class PhaseTimes {
    private final long[] nanos = new long[Part.values().length];

    /** Nanoseconds summed so far in one phase: its parts'. */
    public long nanos(Phase phase) {
        long sum = 0;
        for (Part part : Part.values()) {
            if (part.phase() == phase) {
                sum += nanos[part.ordinal()];
            }
        }
        return sum;
    }

    /** Nanoseconds summed so far in one part. */
    public long nanos(Part part) {
        return nanos[part.ordinal()];
    }

    void add(Part part, long elapsedNanos) {
        nanos[part.ordinal()] += elapsedNanos;
    }

    public Map<Phase, Duration> snapshot() {
        Map<Phase, Duration> m = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            m.put(p, Duration.ofNanos(nanos(p)));
        }
        return m;
    }

    public Map<Part, Duration> parts() {
        Map<Part, Duration> m = new EnumMap<>(Part.class);
        for (Part p : Part.values()) {
            m.put(p, Duration.ofNanos(nanos[p.ordinal()]));
        }
        return m;
    }

    @Override
    public String toString() {
        return snapshot().entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase() + " " + String.format("%.1f s", e.getValue().toMillis() / 1000.0))
                .collect(Collectors.joining(", "));
    }
}
