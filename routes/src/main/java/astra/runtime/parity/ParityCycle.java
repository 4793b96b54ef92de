package astra.runtime.parity;

import astra.domain.ConditionId;
import java.util.List;
import java.util.Map;

/**
 * One cycle's parity: the rules' verdict for every candidate (a market whose two books the cycle
 * saw) and the opportunities the scan found, each with its market's verdict.
 */
public record ParityCycle(Map<ConditionId, ParityVerdict> verdicts, List<RecordedParity> found) {
    /** A cycle that looked at no candidate. */
    public static final ParityCycle NONE = new ParityCycle(Map.of(), List.of());

    public ParityCycle {
        verdicts = Map.copyOf(verdicts);
        found = List.copyOf(found);
    }
}
