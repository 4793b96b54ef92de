package astra.report;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the gates look at, gathered from a report being built. The windowed performances are empty
 * when the session is shorter than the window.
 */
record GateEvidence(
        Duration duration,
        int fills,
        Concentration concentration,
        LiquidityBreakdown maker,
        FillRate fillRate,
        Performance actual,
        Performance stressed,
        Optional<Performance> sharpeWindow,
        Optional<Performance> calmarWindow) {

    GateEvidence {
        Objects.requireNonNull(duration, "duration");
        Objects.requireNonNull(concentration, "concentration");
        Objects.requireNonNull(maker, "maker");
        Objects.requireNonNull(fillRate, "fillRate");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(stressed, "stressed");
        Objects.requireNonNull(sharpeWindow, "sharpeWindow");
        Objects.requireNonNull(calmarWindow, "calmarWindow");
    }
}
