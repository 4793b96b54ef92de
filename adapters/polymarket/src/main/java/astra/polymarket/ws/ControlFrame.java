package astra.polymarket.ws;

import java.util.Objects;

/**
 * A text frame that is not a JSON object or array: "PONG", a subscription acknowledgement, or a
 * venue notice such as "INVALID OPERATION". Kept with its text so that the connection layer can
 * act on it; it never reaches the books.
 */
public record ControlFrame(String text) implements WsMessage {
    public ControlFrame {
        Objects.requireNonNull(text, "text");
    }

    public boolean isPong() {
        return "PONG".equalsIgnoreCase(text);
    }
}
