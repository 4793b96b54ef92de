package astra.rules;

import java.util.List;
import java.util.Objects;

/** What one decision cycle decided, and under which single rules version. */
public record CycleResult(RulesVersion version, List<Decision> decisions) {
    public CycleResult {
        Objects.requireNonNull(version, "version");
        decisions = List.copyOf(decisions);
    }
}
