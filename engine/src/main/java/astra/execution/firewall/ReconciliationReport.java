package astra.execution.firewall;

import astra.domain.Fill;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What one reconciliation did, counted per action (actions that did not happen count zero), and
 * the fills it recorded that the store did not have yet: ones the user feed missed, or made before
 * the session started. Whoever follows our fills (the maker loop's markouts and unsettled buys)
 * must be given those too.
 */
public record ReconciliationReport(Instant at, Map<ReconcileAction, Integer> counts, List<Fill> recordedFills) {
    public ReconciliationReport {
        Objects.requireNonNull(at, "at");
        recordedFills = List.copyOf(recordedFills);
        EnumMap<ReconcileAction, Integer> copy = new EnumMap<>(ReconcileAction.class);
        copy.putAll(Objects.requireNonNull(counts, "counts"));
        counts = Map.copyOf(copy);
    }

    public int count(ReconcileAction action) {
        return counts.getOrDefault(action, 0);
    }

    /** Whether the venue holds nothing of ours that the store does not track, and the store took every fill. */
    public boolean clean() {
        return count(ReconcileAction.ORPHAN_CANCEL_UNCONFIRMED) == 0 && count(ReconcileAction.FILL_REFUSED) == 0;
    }

    /** The non-zero counts, e.g. "FILL_RECORDED=2, CANCELLED=1", or "nothing to do". */
    public String summary() {
        EnumMap<ReconcileAction, Integer> ordered = new EnumMap<>(ReconcileAction.class);
        ordered.putAll(counts);
        String s = ordered.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
        return s.isEmpty() ? "nothing to do" : s;
    }
}
