package astra.simulator.event;

/** Settlement of a match: MATCHED → MINED → CONFIRMED, or MATCHED → RETRYING → FAILED (undone). */
public enum TradeStatus {
    MATCHED,
    MINED,
    CONFIRMED,
    RETRYING,
    FAILED
}
