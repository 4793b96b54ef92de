package astra.execution;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * How often each mid fallback happened, for metrics. Safe to increment from feed threads and read
 * from a metrics thread at the same time.
 */
public final class MidFallbackCounters {

    private final Map<MidFallback, LongAdder> counts = new EnumMap<>(MidFallback.class);

    public MidFallbackCounters() {
        for (MidFallback f : MidFallback.values()) {
            counts.put(f, new LongAdder());
        }
    }

    void increment(MidFallback fallback) {
        counts.get(fallback).increment();
    }

    public long count(MidFallback fallback) {
        return counts.get(fallback).sum();
    }

    public long total() {
        return counts.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** A point-in-time copy, every reason present (zero when it never happened). */
    public Map<MidFallback, Long> snapshot() {
        Map<MidFallback, Long> copy = new EnumMap<>(MidFallback.class);
        counts.forEach((f, adder) -> copy.put(f, adder.sum()));
        return Collections.unmodifiableMap(copy);
    }
}
