package astra.runtime;

import java.util.ArrayDeque;

/**
 * A book's updates per minute over the last minute, for the quoteability score's calm part.
 *
 * <p>Counted over one decision tick (250 ms) the rate jumped between 0, 240, 480 ... a minute with
 * every update or none, so a market's score crossed the quoting minimum back and forth every few
 * ticks and each crossing cancelled and re-placed its quotes: the mutation budget was gone within
 * seconds of a session's start. Over a rolling minute one update moves the rate by one.
 */
final class BookChurn {
    static final long WINDOW_MILLIS = 60_000;
    /** Samples closer than this are not kept: a minute holds at most about 60 of them. */
    static final long SAMPLE_EVERY_MILLIS = 1_000;
    /** Until the feed has run this long, the rate is taken over this span (a start is not a burst). */
    static final long MIN_SPAN_MILLIS = 1_000;

    /** (time, updates so far) pairs, oldest first, none older than the window. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();

    /**
     * @param nowMillis the tick's time
     * @param updatesSoFar the book's updates and snapshots applied since it was registered
     */
    long perMinute(long nowMillis, long updatesSoFar) {
        long[] last = samples.peekLast();
        if (last == null || nowMillis - last[0] >= SAMPLE_EVERY_MILLIS) {
            samples.addLast(new long[] {nowMillis, updatesSoFar});
        }
        while (samples.size() > 1 && samples.peekFirst()[0] < nowMillis - WINDOW_MILLIS) {
            samples.removeFirst();
        }
        long[] first = samples.peekFirst();
        long span = Math.max(MIN_SPAN_MILLIS, nowMillis - first[0]);
        return Math.max(0, updatesSoFar - first[1]) * 60_000 / span;
    }
}
