package astra.polymarket.ws;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Decodes the text frames of one WebSocket channel. Streams each frame with Jackson's
 * {@link com.fasterxml.jackson.core.JsonParser} from one shared factory into reusable scratch, so
 * no JSON tree is built. Because of that scratch a decoder is NOT thread-safe: one per feed thread.
 */
public abstract sealed class ChannelDecoder permits MarketChannelDecoder, UserChannelDecoder {
    private final DecodeCounters counters = new DecodeCounters();
    private final FrameWalker walker;

    ChannelDecoder(FrameWalker.ObjectReader reader) {
        this.walker = new FrameWalker(reader, counters);
    }

    /** Delivers every message of the frame to {@code out}, in order; never throws on bad input. */
    public final void decode(String frame, Consumer<? super WsMessage> out) {
        walker.walk(frame, out);
    }

    /** The frame's messages as a list; convenient off the hot path. */
    public final List<WsMessage> decode(String frame) {
        List<WsMessage> out = new ArrayList<>(2);
        walker.walk(frame, out::add);
        return out;
    }

    public final DecodeCounters counters() {
        return counters;
    }
}
