package astra.polymarket.signing;

/**
 * One window's affine points, read only by a full masked scan: {@link #select} reads every word of
 * every entry, in the same order, whatever the index, and keeps the wanted entry with masks
 * computed without a branch. So neither the time nor the memory addresses of a lookup depend on
 * the (secret) index.
 *
 * <p>Entries come in as 16 ints each, x then y, each 8 little-endian words as
 * {@code SecP256K1Field} keeps them. They are stored as 8 longs (two adjacent ints in one long, the
 * lower-indexed int in the low half) and transposed — long {@code w} of every entry side by side —
 * so that each pair of output words is one masked OR over a contiguous run. Measured on the bench
 * machine: ints transposed took 139 ns per 32-entry lookup against 177 ns entry by entry and
 * 280 ns for a masked tree of ORs; longs halve the loads and masked ORs of the int layout.
 *
 * <p>Not final only so that a test can record the positions read ({@link #read}); the production
 * code loads no subclass, so the JIT inlines {@code read} to a plain array load. Immutable.
 */
class WindowTable {
    static final int WORDS_PER_ENTRY = 16;
    /** How many longs an entry takes in storage, and so how many {@link #read}s a lookup makes per entry. */
    static final int LONGS_PER_ENTRY = WORDS_PER_ENTRY / 2;

    private final long[] longs;
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
        this.longs = new long[entries * LONGS_PER_ENTRY];
        for (int e = 0; e < entries; e++) {
            for (int l = 0; l < LONGS_PER_ENTRY; l++) {
                int at = e * WORDS_PER_ENTRY + 2 * l;
                longs[l * entries + e] = (words[at] & 0xffff_ffffL) | ((long) words[at + 1] << 32);
            }
        }
    }

    int entries() {
        return entries;
    }

    /** Copies entry {@code index} ({@code 0 <= index < entries}) into {@code outX} and {@code outY}. */
    final void select(int index, int[] outX, int[] outY, long[] masks) {
        for (int e = 0; e < entries; e++) {
            // e ^ index is below 2^8, so minus one is negative exactly when it is zero.
            masks[e] = (long) (((e ^ index) - 1) >> 31);
        }
        for (int l = 0; l < LONGS_PER_ENTRY / 2; l++) {
            split(maskedOr(l * entries, masks), outX, 2 * l);
            split(maskedOr((l + LONGS_PER_ENTRY / 2) * entries, masks), outY, 2 * l);
        }
    }

    private static void split(long pair, int[] out, int at) {
        out[at] = (int) pair;
        out[at + 1] = (int) (pair >>> 32);
    }

    private long maskedOr(int from, long[] masks) {
        long pair = 0;
        for (int e = 0; e < entries; e++) {
            pair |= read(from + e) & masks[e];
        }
        return pair;
    }

    /** The long at {@code position}; the one place the table is read. */
    long read(int position) {
        return longs[position];
    }
}
