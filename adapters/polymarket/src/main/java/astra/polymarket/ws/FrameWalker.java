package astra.polymarket.ws;

import astra.polymarket.json.JsonFrames;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.function.Consumer;

/**
 * Walks one WebSocket text frame: plain text is a {@link ControlFrame}; a JSON object is one
 * message; a JSON array is one message per element. Each object is handed to the channel's
 * {@link ObjectReader}; whatever goes wrong becomes a {@link DecodeError}, and after an error in
 * one element of an array the walk resumes at the next element. Messages decoded before a syntax
 * error later in the same frame have already been delivered: each message stands alone.
 */
final class FrameWalker {

    /** Reads one message; called at its START_OBJECT and must leave the parser at its END_OBJECT. */
    interface ObjectReader {
        WsMessage read(JsonParser p) throws IOException;
    }

    private final ObjectReader reader;
    private final DecodeCounters counters;

    FrameWalker(ObjectReader reader, DecodeCounters counters) {
        this.reader = reader;
        this.counters = counters;
    }

    void walk(String frame, Consumer<? super WsMessage> out) {
        if (frame == null) {
            emit(new DecodeError(DecodeFailure.MALFORMED_JSON, "null frame"), out);
            return;
        }
        int start = firstNonWhitespace(frame);
        if (start < 0 || (frame.charAt(start) != '{' && frame.charAt(start) != '[')) {
            emit(new ControlFrame(frame.strip()), out);
            return;
        }
        try (JsonParser p = JsonFrames.parser(frame)) {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                emit(readOne(p), out);
            } else {
                walkArray(p, out);
            }
            if (p.nextToken() != null) {
                emit(new DecodeError(DecodeFailure.MALFORMED_JSON, "content after the frame's JSON value"), out);
            }
        } catch (JsonProcessingException e) {
            emit(new DecodeError(DecodeFailure.MALFORMED_JSON, e.getOriginalMessage()), out);
        } catch (IOException e) {
            emit(new DecodeError(DecodeFailure.MALFORMED_JSON, String.valueOf(e.getMessage())), out);
        }
    }

    private void walkArray(JsonParser p, Consumer<? super WsMessage> out) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t == null) {
                throw new IOException("frame ends inside an array");
            }
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                emit(new DecodeError(DecodeFailure.NOT_AN_OBJECT, "array element is " + t), out);
                continue;
            }
            emit(readOne(p), out);
        }
    }

    private WsMessage readOne(JsonParser p) throws IOException {
        JsonStreamContext enclosing = p.getParsingContext().getParent();
        WsMessage message;
        try {
            return reader.read(p);
        } catch (DecodeException e) {
            message = e.toError();
        } catch (IllegalArgumentException e) {
            message = new DecodeError(DecodeFailure.INVALID_VALUE, String.valueOf(e.getMessage()));
        } catch (JsonProcessingException e) {
            throw e;
        } catch (RuntimeException e) {
            message = new DecodeError(DecodeFailure.UNEXPECTED, e.toString());
        }
        skipTo(p, enclosing);
        return message;
    }

    /** Skips the rest of an abandoned message so the next element of an array can be read. */
    private static void skipTo(JsonParser p, JsonStreamContext enclosing) throws IOException {
        while (p.getParsingContext() != enclosing) {
            if (p.nextToken() == null) {
                throw new IOException("frame ends inside a message");
            }
        }
    }

    private void emit(WsMessage message, Consumer<? super WsMessage> out) {
        counters.count(message);
        out.accept(message);
    }

    private static int firstNonWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }
}
