package astra.polymarket.ws;

/** What happened to an order, as the user channel's {@code type} says. */
public enum OrderEventType {
    PLACEMENT,
    UPDATE,
    CANCELLATION
}
