package astra.polymarket.ws;

import java.util.Arrays;

/**
 * Values keyed by a run of characters in someone else's buffer, found without building a String:
 * a probe on a cheap hash of the last characters and one full (vectorised) compare. Bounded: when
 * full it starts over, so an unbounded stream of distinct keys cannot grow it. NOT thread-safe.
 */
final class CharTable<V> {
    static final int CAPACITY = 4096;

    // Open addressing at most half full.
    private final char[][] keys = new char[CAPACITY * 2][];
    private final Object[] values = new Object[CAPACITY * 2];
    private int size;

    /** The value stored under exactly these characters, or null. */
    @SuppressWarnings("unchecked")
    V find(char[] buf, int offset, int length) {
        int mask = keys.length - 1;
        int slot = slot(buf, offset, length) & mask;
        char[] key;
        while ((key = keys[slot]) != null) {
            if (Arrays.equals(key, 0, key.length, buf, offset, offset + length)) {
                return (V) values[slot];
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    /** Stores a value under characters not yet in the table (callers {@link #find} first). */
    V add(char[] buf, int offset, int length, V value) {
        if (size == CAPACITY) {
            Arrays.fill(keys, null);
            Arrays.fill(values, null);
            size = 0;
        }
        int mask = keys.length - 1;
        int slot = slot(buf, offset, length) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = Arrays.copyOfRange(buf, offset, offset + length);
        values[slot] = value;
        size++;
        return value;
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
