package astra.polymarket.wallet;

import java.util.List;
import java.util.stream.Collectors;

/** Every preflight check; it passes only when each of them passes (and there is at least one). */
public record PreflightReport(List<PreflightCheck> checks) {
    public PreflightReport {
        checks = List.copyOf(checks);
    }

    public boolean passed() {
        return !checks.isEmpty() && checks.stream().allMatch(PreflightCheck::passed);
    }

    public List<PreflightCheck> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }

    /** One line per check, failures first: what an operator reads before starting. */
    public String describe() {
        return java.util.stream.Stream.concat(failures().stream(), checks.stream().filter(PreflightCheck::passed))
                .map(PreflightCheck::toString).collect(Collectors.joining("\n"));
    }
}
