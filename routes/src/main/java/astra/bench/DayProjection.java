package astra.bench;

import java.time.Duration;

/**
 * A backtest's wall time carried to a whole venue day: the fixed costs (start-up: simulator,
 * Hazelcast, rule compile, first reconciliation; the end: cancel-all, report) once, plus the
 * stepped wall time per second of venue time, times a day. A projection, not a measurement: it
 * assumes the per-second cost stays what the measured stretch showed.
 */
record DayProjection(Duration wall, Duration stepped, Duration virtual) {
    static final Duration DAY = Duration.ofDays(1);

    DayProjection {
        if (virtual.isZero() || virtual.isNegative()) {
            throw new IllegalArgumentException("no venue time was covered");
        }
        if (stepped.compareTo(wall) > 0) {
            throw new IllegalArgumentException("the steps (" + stepped + ") cannot take longer than the run (" + wall + ")");
        }
    }

    Duration fixed() {
        return wall.minus(stepped);
    }

    /** Wall seconds per venue second in the steps. */
    double stepCostRatio() {
        return (double) stepped.toNanos() / virtual.toNanos();
    }

    /** The stepped cost of {@code of} venue time, plus the fixed costs once. */
    Duration projected(Duration of) {
        return fixed().plusNanos(Math.round(stepCostRatio() * of.toNanos()));
    }

    Duration day() {
        return projected(DAY);
    }
}
