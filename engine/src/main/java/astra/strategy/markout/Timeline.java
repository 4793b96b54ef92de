package astra.strategy.markout;

import java.time.Instant;
import java.util.Arrays;

/**
 * The distinct instants at which any token's mid was recorded, in time order, shared by every
 * {@link RunPath} of one {@link MidPath}: a token's recordings are index ranges into it. It only
 * grows at its end; an instant earlier than its last one is never inserted. Instants no path
 * needs any more are dropped from its start when the paths are pruned ({@link #dropFirst}).
 */
final class Timeline {
    private Instant[] ticks = new Instant[64];
    private int size;

    /**
     * The index of the instant, appended when it is later than every instant so far; -1 when it is
     * earlier than the last one and not already here.
     */
    int indexFor(Instant at) {
        if (size == 0 || at.isAfter(ticks[size - 1])) {
            if (size == ticks.length) {
                ticks = Arrays.copyOf(ticks, size * 2);
            }
            ticks[size] = at;
            return size++;
        }
        if (at.equals(ticks[size - 1])) {
            return size - 1;
        }
        int i = firstAtOrAfter(at);
        return i < size && ticks[i].equals(at) ? i : -1;
    }

    Instant at(int index) {
        return ticks[index];
    }

    int size() {
        return size;
    }

    /**
     * Forgets the first {@code n} instants, which no path uses any more: index {@code i} becomes
     * {@code i - n}, and the paths must shift theirs alike. The last instant always stays (new
     * recordings are placed after it).
     */
    void dropFirst(int n) {
        if (n < 0 || n >= size) {
            throw new IllegalArgumentException("cannot drop " + n + " of " + size + " instants");
        }
        System.arraycopy(ticks, n, ticks, 0, size - n);
        Arrays.fill(ticks, size - n, size, null);
        size -= n;
        if (ticks.length > 64 && ticks.length > 4 * size) {
            ticks = Arrays.copyOf(ticks, Math.max(64, 2 * size));
        }
    }

    /** The index of the first instant at or after {@code t}; the size when there is none. */
    int firstAtOrAfter(Instant t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ticks[mid].isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last instant at or before {@code t}; -1 when there is none. */
    int lastAtOrBefore(Instant t) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ticks[mid].isAfter(t)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }
}
