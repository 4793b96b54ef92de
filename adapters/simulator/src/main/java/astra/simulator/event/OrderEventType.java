package astra.simulator.event;

/** The user channel's order message types. */
public enum OrderEventType {
    PLACEMENT,
    UPDATE,
    CANCELLATION
}
