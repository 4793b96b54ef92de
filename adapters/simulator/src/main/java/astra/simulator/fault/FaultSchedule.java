package astra.simulator.fault;

import java.util.Comparator;
import java.util.List;

/** Fault drills in time order (equal times keep their written order). */
public record FaultSchedule(List<ScheduledFault> faults) {
    public FaultSchedule {
        faults = faults.stream().sorted(Comparator.comparingLong(ScheduledFault::atMillis)).toList();
    }

    public static FaultSchedule none() {
        return new FaultSchedule(List.of());
    }

    public boolean isEmpty() {
        return faults.isEmpty();
    }
}
