package astra.execution.firewall;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A cancel-all that the venue confirmed: after {@code attempts} passes no order of ours was open. */
public record CancelAllReport(String reason, int attempts, Instant confirmedAt, List<String> failedPasses) {
    public CancelAllReport {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(confirmedAt, "confirmedAt");
        failedPasses = List.copyOf(Objects.requireNonNull(failedPasses, "failedPasses"));
    }
}
