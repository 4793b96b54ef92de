package astra.cli.decode;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * The WebSocket channel a captured frame came from, judged by its messages' {@code event_type}
 * (or, for user order messages sent without one, their {@code type}). A capture file may mix
 * both channels; anything not recognisably the user channel goes to the market decoder, which
 * reports what it cannot read.
 */
enum Channel {
    MARKET,
    USER;

    private static final JsonFactory JSON = new JsonFactory();
    private static final Set<String> USER_EVENT_TYPES = Set.of("order", "trade");
    private static final Set<String> USER_MESSAGE_TYPES = Set.of("PLACEMENT", "UPDATE", "CANCELLATION", "TRADE");

    static Channel of(String frame) {
        try (JsonParser p = JSON.createParser(frame)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                return ofMessage(p);
            }
            if (t == JsonToken.START_ARRAY) {
                while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) {
                    if (t == JsonToken.START_OBJECT) {
                        if (ofMessage(p) == USER) {
                            return USER;
                        }
                    } else {
                        p.skipChildren();
                    }
                }
            }
        } catch (IOException e) {
            // Not JSON or cut short: the market decoder reports it as a control frame or an error.
        }
        return MARKET;
    }

    /** Reads one message object to its end, looking only at its top-level type fields. */
    private static Channel ofMessage(JsonParser p) throws IOException {
        String eventType = null;
        String type = null;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken value = p.nextToken();
            if (value == JsonToken.VALUE_STRING && "event_type".equals(field)) {
                eventType = p.getText().strip();
            } else if (value == JsonToken.VALUE_STRING && "type".equals(field)) {
                type = p.getText().strip().toUpperCase(Locale.ROOT);
            } else {
                p.skipChildren();
            }
        }
        boolean user = eventType != null && !eventType.isEmpty()
                ? USER_EVENT_TYPES.contains(eventType)
                : type != null && USER_MESSAGE_TYPES.contains(type);
        return user ? USER : MARKET;
    }
}
