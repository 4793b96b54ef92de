package astra.market;

import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One side of a book as two parallel sorted arrays. Levels are kept worst first and best LAST,
 * the order the venue sends them in, so that a snapshot in venue order is a run of appends and the
 * busy levels near the touch are the cheapest to insert or remove. Asks are stored under the
 * negated price so one ascending order serves both sides.
 */
final class BookSide {
    private final boolean bids;
    private long[] keys = new long[64];
    private long[] sizes = new long[64];
    private int count;

    BookSide(boolean bids) {
        this.bids = bids;
    }

    /** Sets the level at a price to a size; size zero removes it. */
    void set(long priceMicros, long sizeMicros) {
        long key = bids ? priceMicros : -priceMicros;
        // A snapshot in venue order arrives worst first, so most of its levels go past the end.
        int i = count == 0 || key > keys[count - 1] ? -count - 1 : Arrays.binarySearch(keys, 0, count, key);
        if (i >= 0) {
            if (sizeMicros == 0) {
                System.arraycopy(keys, i + 1, keys, i, count - i - 1);
                System.arraycopy(sizes, i + 1, sizes, i, count - i - 1);
                count--;
            } else {
                sizes[i] = sizeMicros;
            }
            return;
        }
        if (sizeMicros == 0) {
            return;
        }
        int at = -i - 1;
        if (count == keys.length) {
            keys = Arrays.copyOf(keys, count * 2);
            sizes = Arrays.copyOf(sizes, count * 2);
        }
        System.arraycopy(keys, at, keys, at + 1, count - at);
        System.arraycopy(sizes, at, sizes, at + 1, count - at);
        keys[at] = key;
        sizes[at] = sizeMicros;
        count++;
    }

    void clear() {
        count = 0;
    }

    int depth() {
        return count;
    }

    boolean isEmpty() {
        return count == 0;
    }

    /** The price of the n-th level from the touch (0 is the best). */
    long priceFromBest(int n) {
        long key = keys[indexFromBest(n)];
        return bids ? key : -key;
    }

    long sizeFromBest(int n) {
        return sizes[indexFromBest(n)];
    }

    private int indexFromBest(int n) {
        if (n < 0 || n >= count) {
            throw new IndexOutOfBoundsException("level " + n + " of " + count);
        }
        return count - 1 - n;
    }

    /** The levels best first, as the domain's {@link astra.domain.Book} wants them. */
    List<BookLevel> levelsBestFirst() {
        List<BookLevel> out = new ArrayList<>(count);
        for (int n = 0; n < count; n++) {
            out.add(new BookLevel(new Price(priceFromBest(n)), new Shares(sizeFromBest(n))));
        }
        return out;
    }
}
