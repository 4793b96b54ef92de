package astra.runtime.parity;

import astra.domain.ConditionId;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The paper record of parity: how many opportunities were seen (allowed and denied), the last
 * {@code capacity} of them, and a count per market; also as Micrometer counters
 * ({@code astra_parity_opportunities_total{kind,verdict}}, and
 * {@code astra_parity_denials_total{rule,reason}} per denying rule). Written by the decision
 * thread, read by anyone: every method is synchronized.
 */
public final class ParityRecorder {
    /** Opportunities kept in full; older ones live on only in the counts. */
    public static final int DEFAULT_CAPACITY = 200;

    private final MeterRegistry registry;
    private final int capacity;
    private final Deque<RecordedParity> recent = new ArrayDeque<>();
    private final Map<ConditionId, Long> perMarket = new HashMap<>();
    private long count;
    private long allowed;

    public ParityRecorder(MeterRegistry registry) {
        this(registry, DEFAULT_CAPACITY);
    }

    public ParityRecorder(MeterRegistry registry, int capacity) {
        this.registry = Objects.requireNonNull(registry, "registry");
        if (capacity < 1) {
            throw new IllegalArgumentException("the recorder keeps at least one opportunity, asked for " + capacity);
        }
        this.capacity = capacity;
    }

    public synchronized void record(RecordedParity seen) {
        Objects.requireNonNull(seen, "seen");
        count++;
        if (seen.verdict().allowed()) {
            allowed++;
        }
        perMarket.merge(seen.opportunity().market(), 1L, Long::sum);
        recent.addLast(seen);
        if (recent.size() > capacity) {
            recent.removeFirst();
        }
        registry.counter("astra_parity_opportunities_total", "kind", seen.opportunity().kind().name(),
                "verdict", seen.verdict().allowed() ? "allowed" : "denied").increment();
        seen.verdict().denials().stream().map(d -> List.of(d.ruleName(), d.reasonCode())).distinct()
                .forEach(d -> registry.counter("astra_parity_denials_total", "rule", d.get(0), "reason", d.get(1))
                        .increment());
    }

    /** Every opportunity recorded since the start. */
    public synchronized long count() {
        return count;
    }

    public synchronized long allowedCount() {
        return allowed;
    }

    public synchronized long deniedCount() {
        return count - allowed;
    }

    /** The newest {@code n} opportunities (at most the capacity), oldest first. */
    public synchronized List<RecordedParity> last(int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative, was " + n);
        }
        List<RecordedParity> all = new ArrayList<>(recent);
        return List.copyOf(all.subList(Math.max(0, all.size() - n), all.size()));
    }

    /** Opportunities recorded per market since the start. */
    public synchronized Map<ConditionId, Long> perMarket() {
        return Map.copyOf(perMarket);
    }

    public synchronized long countFor(ConditionId market) {
        return perMarket.getOrDefault(market, 0L);
    }
}
