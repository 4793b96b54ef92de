package astra.runtime;

import java.util.ArrayDeque;

/**
 * A book's updates per minute over the last minute, for the quoteability score's calm part.
 *
 * <p>Counted over one decision tick (250 ms) the rate jumped between 0, 240, 480 ... a minute with
 * every update or none, so a market's score crossed the quoting minimum back and forth every few
 * ticks and each crossing cancelled and re-placed its quotes: the mutation budget was gone within
 * seconds of a session's start. Over a rolling minute one update moves the rate by one.
 *
 * <p>Once the book has been counted for a whole window, the rate is the count of updates since the
 * oldest sample still in it, not that count over the span since that sample: the span moves with
 * every tick between two samples (59 to 60 s), so dividing by it moved the rate by one now and
 * then with no update at all, and half the markets' facts changed every tick for nothing. Now the
 * rate moves only when an update comes into or leaves the window.
 */
final class BookChurn {
    static final long WINDOW_MILLIS = 60_000;
    /** Samples closer than this are not kept: a minute holds at most about 60 of them. */
    static final long SAMPLE_EVERY_MILLIS = 1_000;
    /** Until the feed has run this long, the rate is taken over this span (a start is not a burst). */
    static final long MIN_SPAN_MILLIS = 1_000;
    private static final long NONE = Long.MIN_VALUE;

    /** (time, updates so far) pairs, oldest first, none older than the window. */
    private final ArrayDeque<long[]> samples = new ArrayDeque<>();
    /** The first sample's time; {@link #NONE} before it. */
    private long firstSampleMillis = NONE;

    /**
     * @param nowMillis the tick's time
     * @param updatesSoFar the book's updates and snapshots applied since it was registered
     */
    long perMinute(long nowMillis, long updatesSoFar) {
        long[] last = samples.peekLast();
        if (last == null || nowMillis - last[0] >= SAMPLE_EVERY_MILLIS) {
            samples.addLast(new long[] {nowMillis, updatesSoFar});
            if (firstSampleMillis == NONE) {
                firstSampleMillis = nowMillis;
            }
        }
        while (samples.size() > 1 && samples.peekFirst()[0] < nowMillis - WINDOW_MILLIS) {
            samples.removeFirst();
        }
        long[] first = samples.peekFirst();
        long counted = Math.max(0, updatesSoFar - first[1]);
        if (nowMillis - firstSampleMillis >= WINDOW_MILLIS) {
            return counted; // a whole window counted: the updates in it are the rate
        }
        long span = Math.max(MIN_SPAN_MILLIS, nowMillis - first[0]);
        return counted * 60_000 / span;
    }
}
