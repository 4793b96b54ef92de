package astra.polymarket.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Canonical Strings for the values a feed repeats in every message — token and market ids, event
 * types, sides — looked up straight from the parser's character buffer, so a repeated 78-digit
 * token id costs a probe and a compare instead of a new String whose hash the book lookup then
 * computes again. Bounded: when full it starts over, so unbounded distinct values (hashes,
 * timestamps must not be interned anyway) cannot grow it. Owned by one decoder: NOT thread-safe.
 */
final class TextIntern {
    static final int CAPACITY = CharTable.CAPACITY;
    /** Longer values are rare and not worth keeping; they get a fresh String. */
    static final int MAX_LENGTH = 128;

    private final CharTable<String> table = new CharTable<>();

    /**
     * The current token's text exactly as {@link JsonValues#scalar} gives it (null for JSON null,
     * an error naming {@code field} for an object or array), interned when it is a string.
     */
    String scalar(JsonParser p, String field) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING || p.getTextLength() > MAX_LENGTH) {
            return JsonValues.scalar(p, field);
        }
        return intern(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
    }

    String intern(char[] buf, int offset, int length) {
        String known = table.find(buf, offset, length);
        return known != null ? known : table.add(buf, offset, length, new String(buf, offset, length));
    }
}
