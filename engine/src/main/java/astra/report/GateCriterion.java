package astra.report;

import java.util.Objects;

/** One line of a gate: what is measured, its value as measured, the threshold, and the verdict. */
public record GateCriterion(String criterion, String measured, String threshold, Verdict verdict) {
    public GateCriterion {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(verdict, "verdict");
    }
}
