package astra.strategy.markout;

import java.time.Instant;
import java.util.Arrays;

/**
 * The distinct instants at which any token's mid was recorded, in time order, shared by every
 * {@link RunPath} of one {@link MidPath}: a token's recordings are index ranges into it. It only
 * grows at its end; an instant earlier than its last one is never inserted.
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
