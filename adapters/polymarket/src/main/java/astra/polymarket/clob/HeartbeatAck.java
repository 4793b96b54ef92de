package astra.polymarket.clob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The venue's answer to POST /v1/heartbeats: {@code {"heartbeat_id": "<uuid>", "error": null}}
 * (shape of rs-clob-client's {@code HeartbeatResponse}; the older documented /heartbeats answer
 * was {@code {"status": "ok"}}, which carries no id).
 *
 * @param heartbeatId the id to send with the next heartbeat; empty when the answer had none
 * @param error the venue's complaint, if it made one in a 2xx answer
 */
public record HeartbeatAck(Optional<String> heartbeatId, Optional<String> error) {
    public HeartbeatAck {
        Objects.requireNonNull(heartbeatId, "heartbeatId");
        Objects.requireNonNull(error, "error");
    }

    static HeartbeatAck from(JsonNode n) {
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("a heartbeat answer is an object");
        }
        return new HeartbeatAck(Fields.optText(n, "heartbeat_id"), Fields.optText(n, "error"));
    }
}
