package astra.simulator.venue;

import java.util.List;
import java.util.Map;

/** The venue's cancel answer: ids cancelled, and the others with the reason each was not. */
public record CancelResult(List<String> canceled, Map<String, String> notCanceled) {
    static final String NOT_FOUND = "order not found";
    static final String ALREADY_DONE = "already canceled or matched";

    public CancelResult {
        canceled = List.copyOf(canceled);
        notCanceled = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(notCanceled));
    }
}
