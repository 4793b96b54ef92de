package astra.polymarket.signing;

/**
 * One window's affine points, read only by a full masked scan: {@link #select} reads every word of
 * every entry, in the same order, whatever the index, and keeps the wanted entry with a mask
 * computed without a branch. So neither the time nor the memory addresses of a lookup depend on
 * the (secret) index.
 *
 * <p>Layout: entry {@code e} is 16 ints at {@code 16·e}, its x then its y, each 8 little-endian
 * words as {@code SecP256K1Field} keeps them.
 *
 * <p>Not final only so that a test can record the positions read ({@link #read}); the production
 * code loads no subclass, so the JIT inlines {@code read} to a plain array load. Immutable.
 */
class WindowTable {
    static final int WORDS_PER_ENTRY = 16;

    private final int[] words;
    private final int entries;

    WindowTable(int[] words) {
        if (words.length == 0 || words.length % WORDS_PER_ENTRY != 0) {
            throw new IllegalArgumentException("a window table holds whole 16-word entries, got "
                    + words.length + " words");
        }
        if (words.length > 256 * WORDS_PER_ENTRY) {
            throw new IllegalArgumentException("a window table holds at most 256 entries (8-bit digits)");
        }
        this.words = words.clone();
        this.entries = words.length / WORDS_PER_ENTRY;
    }

    int entries() {
        return entries;
    }

    /** Copies entry {@code index} ({@code 0 <= index < entries}) into {@code outX} and {@code outY}. */
    final void select(int index, int[] outX, int[] outY) {
        int x0 = 0, x1 = 0, x2 = 0, x3 = 0, x4 = 0, x5 = 0, x6 = 0, x7 = 0;
        int y0 = 0, y1 = 0, y2 = 0, y3 = 0, y4 = 0, y5 = 0, y6 = 0, y7 = 0;
        for (int e = 0, p = 0; e < entries; e++, p += WORDS_PER_ENTRY) {
            // e ^ index is below 2^8, so minus one is negative exactly when it is zero.
            int mask = ((e ^ index) - 1) >> 31;
            x0 |= read(p) & mask;
            x1 |= read(p + 1) & mask;
            x2 |= read(p + 2) & mask;
            x3 |= read(p + 3) & mask;
            x4 |= read(p + 4) & mask;
            x5 |= read(p + 5) & mask;
            x6 |= read(p + 6) & mask;
            x7 |= read(p + 7) & mask;
            y0 |= read(p + 8) & mask;
            y1 |= read(p + 9) & mask;
            y2 |= read(p + 10) & mask;
            y3 |= read(p + 11) & mask;
            y4 |= read(p + 12) & mask;
            y5 |= read(p + 13) & mask;
            y6 |= read(p + 14) & mask;
            y7 |= read(p + 15) & mask;
        }
        outX[0] = x0;
        outX[1] = x1;
        outX[2] = x2;
        outX[3] = x3;
        outX[4] = x4;
        outX[5] = x5;
        outX[6] = x6;
        outX[7] = x7;
        outY[0] = y0;
        outY[1] = y1;
        outY[2] = y2;
        outY[3] = y3;
        outY[4] = y4;
        outY[5] = y5;
        outY[6] = y6;
        outY[7] = y7;
    }

    /** The word at {@code position}; the one place the table is read. */
    int read(int position) {
        return words[position];
    }
}
