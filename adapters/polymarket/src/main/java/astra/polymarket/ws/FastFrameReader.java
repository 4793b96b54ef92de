package astra.polymarket.ws;

import astra.domain.Micros;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.market.PriceLevels;
import astra.polymarket.json.DecimalText;
import astra.polymarket.json.EpochText;
import astra.polymarket.json.JsonFrames;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads a market channel frame made only of {@code book} and current-schema {@code price_change}
 * messages straight into a {@link FastFrame}: prices and sizes from the token's characters into
 * micros, token ids through an intern table into cached {@link TokenId}s, timestamps into epoch
 * milliseconds — no event, String or BigDecimal per level. A frame in the venue's compact form is
 * read by {@link FrameScanner} with no JSON parser at all; any other form of these two messages
 * (whitespace, unknown fields, ...) by a Jackson streaming parser.
 *
 * <p>It only ever says yes to what {@link MarketChannelDecoder} would decode into the very same
 * levels, and says no to everything else: another event type, an older price_change schema, a
 * decimal that is not plain with at most six decimals, a lower-case side, a blank or missing
 * field, a value out of range, bad JSON. A "no" costs nothing but the read: the caller hands the
 * frame to the event decoder, which then reports whatever is wrong with the decoder's own reasons.
 * Owned by one feed thread: NOT thread-safe.
 */
final class FastFrameReader {
    private static final long NONE = -1;

    private final TextIntern intern = new TextIntern();
    private final TokenIdCache tokenIds = new TokenIdCache();
    private final FastFrame frame = new FastFrame();
    private final FrameScanner scanner = new FrameScanner();

    FastFrame frame() {
        return frame;
    }

    /** Reads the frame whole into {@link #frame()}; false when any part of it needs the event decoder. */
    boolean read(String text) {
        if (text == null) {
            return false;
        }
        if (scanner.scan(text, frame)) {
            return true;
        }
        // Not in the venue's compact form (whitespace, an unknown field, ...): still a fast frame
        // if Jackson can read it into the same scratch.
        frame.reset();
        if (text.isEmpty() || (text.charAt(0) != '{' && text.charAt(0) != '[')) {
            return false;
        }
        try (JsonParser p = JsonFrames.parser(text)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_OBJECT) {
                if (!message(p)) {
                    return false;
                }
            } else {
                while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.START_OBJECT || !message(p)) {
                        return false;
                    }
                }
            }
            return p.nextToken() == null;
        } catch (IOException e) {
            // Bad JSON: the event decoder reads the frame again and reports it as it always has.
            return false;
        }
    }

    private boolean message(JsonParser p) throws IOException {
        int m = frame.addMessage();
        int kind = 0;
        long millis = NONE;
        boolean market = false;
        boolean hasRows = false;
        boolean hasBids = false;
        boolean hasAsks = false;
        TokenId asset = null;
        String name;
        while ((name = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "event_type" -> {
                    if ((kind = t == JsonToken.VALUE_STRING ? eventKind(p) : 0) == 0) {
                        return false;
                    }
                }
                case "market" -> {
                    if (!(market = t == JsonToken.VALUE_STRING && !isBlank(p))) {
                        return false;
                    }
                }
                case "timestamp" -> {
                    if ((millis = epochMillis(p, t)) == NONE) {
                        return false;
                    }
                }
                case "asset_id" -> {
                    // Needed by a book only; any scalar will do for a price change, as in the decoder.
                    if (t.isStructStart()) {
                        return false;
                    }
                    asset = t == JsonToken.VALUE_STRING ? token(p) : null;
                }
                case "price_changes" -> {
                    if (hasRows || t != JsonToken.START_ARRAY || !changes(p)) {
                        return false;
                    }
                    hasRows = true;
                }
                case "bids" -> {
                    if (hasBids || t != JsonToken.START_ARRAY || !levels(p, frame.bids[m])) {
                        return false;
                    }
                    hasBids = true;
                }
                case "asks" -> {
                    if (hasAsks || t != JsonToken.START_ARRAY || !levels(p, frame.asks[m])) {
                        return false;
                    }
                    hasAsks = true;
                }
                // Scalars the event decoder reads (and would refuse as objects) but these events ignore.
                case "condition_id", "price", "size", "side", "hash", "best_bid", "best_ask", "spread",
                        "old_tick_size", "new_tick_size", "fee_rate_bps", "id", "question", "slug",
                        "winning_asset_id", "winning_outcome", "order_price_min_tick_size", "active" -> {
                    if (t.isStructStart()) {
                        return false;
                    }
                    finish(p);
                }
                case "changes", "assets_ids", "outcomes" -> {
                    return false;
                }
                default -> p.skipChildren();
            }
        }
        boolean whole = market && millis != NONE
                && (kind == FastFrame.PRICE_CHANGE ? hasRows
                        : kind == FastFrame.BOOK && asset != null && hasBids && hasAsks);
        if (!whole) {
            return false;
        }
        frame.finishMessage(m, kind, millis, asset);
        return true;
    }

    /** The rows of {@code price_changes[]}, each with a token, side, price and size. */
    private boolean changes(JsonParser p) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            TokenId token = null;
            Side side = null;
            long price = NONE;
            long size = NONE;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                switch (name) {
                    case "asset_id" -> {
                        if ((token = v == JsonToken.VALUE_STRING ? token(p) : null) == null) {
                            return false;
                        }
                    }
                    case "price" -> {
                        if ((price = price(p, v)) == NONE) {
                            return false;
                        }
                    }
                    case "size" -> {
                        if ((size = plainMicros(p, v)) == NONE) {
                            return false;
                        }
                    }
                    case "side" -> {
                        if ((side = v == JsonToken.VALUE_STRING ? side(p) : null) == null) {
                            return false;
                        }
                    }
                    case "hash" -> {
                        if (v.isStructStart()) {
                            return false;
                        }
                        finish(p);
                    }
                    case "best_bid", "best_ask" -> {
                        // The touch is not used here, but the event decoder refuses a bad one.
                        if (v != JsonToken.VALUE_NULL && p.getTextLength() != 0 && price(p, v) == NONE) {
                            return false;
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (token == null || side == null || price == NONE || size == NONE) {
                return false;
            }
            frame.addRow(token, side, price, size);
        }
        return true;
    }

    /** {@code [{price, size}, ...]} into a builder. */
    private static boolean levels(JsonParser p, PriceLevels.Builder into) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            if (t != JsonToken.START_OBJECT) {
                return false;
            }
            long price = NONE;
            long size = NONE;
            String name;
            while ((name = p.nextFieldName()) != null) {
                JsonToken v = p.nextToken();
                if ("price".equals(name)) {
                    if ((price = price(p, v)) == NONE) {
                        return false;
                    }
                } else if ("size".equals(name)) {
                    if ((size = plainMicros(p, v)) == NONE) {
                        return false;
                    }
                } else {
                    p.skipChildren();
                }
            }
            if (price == NONE || size == NONE) {
                return false;
            }
            into.add(price, size);
        }
        return true;
    }

    /** A plain decimal in [0, 1] as micros, else NONE. */
    private static long price(JsonParser p, JsonToken t) throws IOException {
        long micros = plainMicros(p, t);
        return micros > Micros.SCALE ? NONE : micros;
    }

    private static long plainMicros(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            return NONE;
        }
        return DecimalText.plainMicros(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private static long epochMillis(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
            return NONE;
        }
        return EpochText.millisOrNegative(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    private TokenId token(JsonParser p) throws IOException {
        int length = p.getTextLength();
        if (length == 0) {
            return null;
        }
        char[] buf = p.getTextCharacters();
        int offset = p.getTextOffset();
        String text = length > TextIntern.MAX_LENGTH ? new String(buf, offset, length)
                : intern.intern(buf, offset, length);
        return tokenIds.orNull(text);
    }

    private static int eventKind(JsonParser p) throws IOException {
        return is(p, "price_change") ? FastFrame.PRICE_CHANGE : is(p, "book") ? FastFrame.BOOK : 0;
    }

    /** Exactly as the venue writes it; other spellings go to the event decoder. */
    private static Side side(JsonParser p) throws IOException {
        return is(p, "BUY") ? Side.BUY : is(p, "SELL") ? Side.SELL : null;
    }

    private static boolean is(JsonParser p, String expected) throws IOException {
        int length = p.getTextLength();
        if (length != expected.length()) {
            return false;
        }
        char[] buf = p.getTextCharacters();
        int offset = p.getTextOffset();
        for (int i = 0; i < length; i++) {
            if (buf[offset + i] != expected.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reads a string value that is not needed. Measured: Jackson 2.22 skips an unread string
     * (when the next token is asked for) slower than it finishes one, so reading the 40-character
     * book hashes made a two-level frame about a quarter cheaper than leaving them.
     */
    private static void finish(JsonParser p) throws IOException {
        p.getTextLength();
    }

    private static boolean isBlank(JsonParser p) throws IOException {
        char[] buf = p.getTextCharacters();
        for (int i = p.getTextOffset(), end = i + p.getTextLength(); i < end; i++) {
            if (!Character.isWhitespace(buf[i])) {
                return false;
            }
        }
        return true;
    }
}
