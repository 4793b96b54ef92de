package astra.backtest;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Wall time summed per {@link Phase}, so a slow backtest says where its time goes. One thread. */
public final class PhaseTimes {
    private final long[] nanos = new long[Phase.values().length];

    /** Nanoseconds summed so far in one phase. */
    public long nanos(Phase phase) {
        return nanos[phase.ordinal()];
    }

    void add(Phase phase, long elapsedNanos) {
        nanos[phase.ordinal()] += elapsedNanos;
    }

    public Map<Phase, Duration> snapshot() {
        Map<Phase, Duration> m = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
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
