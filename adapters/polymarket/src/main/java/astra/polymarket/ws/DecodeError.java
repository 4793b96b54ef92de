package astra.polymarket.ws;

import java.util.Objects;

/**
 * A message that could not be decoded, with the reason and a detail naming the field or the
 * parser's complaint. No part of the message is delivered: an event is built whole or not at all.
 */
public record DecodeError(DecodeFailure reason, String detail) implements WsMessage {
    public DecodeError {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
