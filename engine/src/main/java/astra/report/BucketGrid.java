package astra.report;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The boundaries start, start + b, start + 2b, … of a session, ending at its end. When the session
 * is not a whole number of buckets the last interval is shorter ({@code partialLast}); its return
 * is left out of the per-bucket statistics, since it is not a return over one bucket.
 */
record BucketGrid(List<Instant> boundaries, boolean partialLast) {

    static BucketGrid of(Instant start, Instant end, Duration bucket) {
        List<Instant> times = new ArrayList<>();
        Instant t = start;
        while (!t.isAfter(end)) {
            times.add(t);
            t = t.plus(bucket);
        }
        boolean partial = !times.get(times.size() - 1).equals(end);
        if (partial) {
            times.add(end);
        }
        return new BucketGrid(List.copyOf(times), partial);
    }
}
