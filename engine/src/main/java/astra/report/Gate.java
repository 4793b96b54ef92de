package astra.report;

import java.util.List;
import java.util.Objects;

/** A gate (A, B or C) and its criteria; it passes only when every criterion passes. */
public record Gate(String name, String purpose, List<GateCriterion> criteria) {
    public Gate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(purpose, "purpose");
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("gate " + name + " has no criteria");
        }
    }

    public Verdict verdict() {
        return criteria.stream().map(GateCriterion::verdict).reduce(Verdict.PASS, Verdict::worse);
    }
}
