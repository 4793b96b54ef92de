package astra.polymarket.json;

/**
 * The venue's epoch numbers to milliseconds. The same field arrives in seconds in some messages
 * and in milliseconds in others (user trade {@code timestamp}, order {@code created_at}). A value
 * below 1e11 is taken as seconds: 1e11 seconds is the year 5138, while 1e11 milliseconds is
 * March 1973, before any venue message, so the two readings cannot be confused.
 */
public final class EpochText {
    static final long SECONDS_BELOW = 100_000_000_000L;

    private EpochText() {}

    public static long toMillis(long secondsOrMillis) {
        return secondsOrMillis < SECONDS_BELOW ? secondsOrMillis * 1000 : secondsOrMillis;
    }

    /** Parses unsigned decimal digits; fails on anything else (a sign, a fraction, blank). */
    public static long parseMillis(String text) {
        long millis = text == null ? -1 : millisOrNegative(text.toCharArray(), 0, text.length());
        if (millis < 0) {
            throw new IllegalArgumentException("not an epoch time: '" + text + "'");
        }
        return millis;
    }

    /**
     * As {@link #parseMillis} on the characters, but −1 instead of an exception: for hot paths
     * that hand anything unusual to a complete reader, which then reports it.
     */
    public static long millisOrNegative(char[] buf, int offset, int length) {
        if (length == 0 || length > 18) {
            return -1;
        }
        long v = 0;
        for (int i = offset, end = offset + length; i < end; i++) {
            char c = buf[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return toMillis(v);
    }
}
