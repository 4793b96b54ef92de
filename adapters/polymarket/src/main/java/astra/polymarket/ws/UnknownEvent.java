package astra.polymarket.ws;

import java.util.Objects;

/**
 * A well-formed JSON message whose {@code event_type} this decoder does not know. The venue adds
 * event types from time to time; an unknown one is counted and skipped, not treated as an error.
 */
public record UnknownEvent(String eventType) implements WsMessage {
    public UnknownEvent {
        Objects.requireNonNull(eventType, "eventType");
    }
}
