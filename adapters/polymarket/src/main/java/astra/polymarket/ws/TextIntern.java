package astra.polymarket.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Arrays;

/**
 * Canonical Strings for the values a feed repeats in every message — token and market ids, event
 * types, sides — looked up straight from the parser's character buffer, so a repeated 78-digit
 * token id costs a probe and a compare instead of a new String whose hash the book lookup then
 * computes again. Bounded: when full it starts over, so unbounded distinct values (hashes,
 * timestamps must not be interned anyway) cannot grow it. Owned by one decoder: NOT thread-safe.
 */
final class TextIntern {
    static final int CAPACITY = 4096;
    /** Longer values are rare and not worth keeping; they get a fresh String. */
    static final int MAX_LENGTH = 128;

    // Open addressing at most half full: the characters as the key (compared with the vectorised
    // Arrays.equals), the String handed out as the value.
    private final char[][] keys = new char[CAPACITY * 2][];
    private final String[] values = new String[CAPACITY * 2];
    private int size;

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
        int mask = keys.length - 1;
        int slot = slot(buf, offset, length) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (Arrays.equals(key, 0, key.length, buf, offset, offset + length)) {
                return values[slot];
            }
            slot = (slot + 1) & mask;
        }
        if (size == CAPACITY) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
            slot = slot(buf, offset, length) & mask;
        }
        keys[slot] = Arrays.copyOfRange(buf, offset, offset + length);
        values[slot] = new String(buf, offset, length);
        size++;
        return values[slot];
    }

    /**
     * A cheap spread over the length and the last characters: ids differ in their low digits, and
     * a collision costs only a probe, since keys are compared in full.
     */
    private static int slot(char[] buf, int offset, int length) {
        int h = length;
        for (int i = Math.max(offset, offset + length - 12); i < offset + length; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 15);
    }
}
