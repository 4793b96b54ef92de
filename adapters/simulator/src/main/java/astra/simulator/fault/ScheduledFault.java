package astra.simulator.fault;

import java.util.Objects;

/** A fault drill and when it runs, as an offset from the start of the run. */
public record ScheduledFault(long atMillis, FaultAction action) {
    public ScheduledFault {
        Objects.requireNonNull(action, "action");
        if (atMillis < 0) {
            throw new IllegalArgumentException("a fault cannot run before the start: " + atMillis);
        }
    }
}
