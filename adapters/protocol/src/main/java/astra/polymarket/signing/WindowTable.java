package astra.polymarket.signing;

/**
 * One window's affine points, read only by a full masked scan: {@link #select} reads every word of
 * every entry, in the same order, whatever the index, and keeps the wanted entry with masks
 * computed without a branch. So neither the time nor the memory addresses of a lookup depend on
 * the (secret) index.
 *
 * <p>Entries come in as 16 ints each, x then y, each 8 little-endian words as
 * {@code SecP256K1Field} keeps them. They are stored transposed — word {@code w} of every entry
 * side by side — so that each output word is one masked OR over a contiguous run (measured on the
 * bench machine: 139 ns per 32-entry lookup against 177 ns entry by entry, and against 280 ns for a
 * masked tree of ORs).
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
        this.entries = words.length / WORDS_PER_ENTRY;
        this.words = new int[words.length];
        for (int e = 0; e < entries; e++) {
            for (int w = 0; w < WORDS_PER_ENTRY; w++) {
                this.words[w * entries + e] = words[e * WORDS_PER_ENTRY + w];
            }
        }
    }

    int entries() {
        return entries;
    }

    /** Copies entry {@code index} ({@code 0 <= index < entries}) into {@code outX} and {@code outY}. */
    final void select(int index, int[] outX, int[] outY, int[] masks) {
        for (int e = 0; e < entries; e++) {
            // e ^ index is below 2^8, so minus one is negative exactly when it is zero.
            masks[e] = ((e ^ index) - 1) >> 31;
        }
        for (int w = 0; w < 8; w++) {
            outX[w] = maskedOr(w * entries, masks);
            outY[w] = maskedOr((w + 8) * entries, masks);
        }
    }

    private int maskedOr(int from, int[] masks) {
        int word = 0;
        for (int e = 0; e < entries; e++) {
            word |= read(from + e) & masks[e];
        }
        return word;
    }

    /** The word at {@code position}; the one place the table is read. */
    int read(int position) {
        return words[position];
    }
}
