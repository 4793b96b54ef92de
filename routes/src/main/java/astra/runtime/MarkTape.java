package astra.runtime;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.report.MarkSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The session's mids over time, for the truth report: the mid at each fill, the mids after it at
 * each markout horizon, and the marks of open positions. Written by the decision thread at most
 * once per {@link #SPACING}, read after the session; synchronized because the two differ.
 *
 * <p>A point keeps only what changed since the previous point (new mids, tokens whose mid is gone),
 * because over hundreds of markets most mids hold still from one second to the next: a full copy
 * per point grew the heap by about 64 KB a second at 1,000 markets and wrote 2,000 rows a second. The
 * answers are those of a tape of full copies: a token's mid at a point is its latest change at or
 * before that point.
 */
public final class MarkTape {
    /** One point a second is enough for 30 s, 2 m and 10 m markouts, and bounds memory. */
    public static final Duration SPACING = Duration.ofSeconds(1);
    private final List<MarkSnapshot> points = new ArrayList<>();
    private final Map<TokenId, Track> tracks = new HashMap<>();
    /** The mids as of the last point: what the next point is compared with. */
    private final Map<TokenId, Price> current = new HashMap<>();
    private Consumer<MarkSnapshot> onRecord = point -> { };

    /**
     * Who hears of each point as it is recorded (e.g. a writer persisting the tape). It is called on
     * the recording thread, so it must only hand the point over, never do I/O there.
     */
    public synchronized void onRecord(Consumer<MarkSnapshot> listener) {
        this.onRecord = Objects.requireNonNull(listener, "listener");
    }

    /** Records the mids of every token that has one now; a point only if {@link #SPACING} has passed. */
    public synchronized void record(Instant at, Map<TokenId, Price> mids) {
        if (mids.isEmpty() || tooSoon(at)) {
            return;
        }
        Map<TokenId, Price> changed = new HashMap<>();
        mids.forEach((token, mid) -> {
            if (!mid.equals(current.get(token))) {
                changed.put(token, mid);
            }
        });
        Set<TokenId> gone = new HashSet<>();
        for (TokenId token : current.keySet()) {
            if (!mids.containsKey(token)) {
                gone.add(token);
            }
        }
        MarkSnapshot point = new MarkSnapshot(at, changed, gone);
        append(point);
        onRecord.accept(point);
    }

    /** Appends a point as {@link #record} made it (e.g. read back from a store), changes only. */
    public synchronized void replay(MarkSnapshot point) {
        if (!points.isEmpty() && !point.time().isAfter(lastTime())) {
            throw new IllegalArgumentException("mark point at " + point.time() + " is not after the tape's last, "
                    + lastTime());
        }
        append(point);
    }

    private boolean tooSoon(Instant at) {
        return !points.isEmpty() && at.isBefore(lastTime().plus(SPACING));
    }

    private Instant lastTime() {
        return points.get(points.size() - 1).time();
    }

    private void append(MarkSnapshot point) {
        int index = points.size();
        points.add(point);
        point.mids().forEach((token, mid) -> {
            tracks.computeIfAbsent(token, t -> new Track()).add(index, mid);
            current.put(token, mid);
        });
        for (TokenId token : point.gone()) {
            Track track = tracks.get(token);
            if (track != null) {
                track.add(index, null);
            }
            current.remove(token);
        }
    }

    /** The points as recorded: each with the changes since the point before it. */
    public synchronized List<MarkSnapshot> points() {
        return List.copyOf(points);
    }

    /** The latest mid of the token at or before {@code t}. */
    public synchronized Optional<Price> at(TokenId token, Instant t) {
        Track track = tracks.get(token);
        int point = lastPointAtOrBefore(t);
        if (track == null || point < 0) {
            return Optional.empty();
        }
        for (int i = track.lastAtOrBefore(point); i >= 0; i--) {
            if (track.mids[i] != null) {
                return Optional.of(track.mids[i]);
            }
        }
        return Optional.empty();
    }

    /** The token's mid at the first point at or after {@code t} that has one, if the tape reaches that far. */
    public synchronized Optional<Price> after(TokenId token, Instant t) {
        Track track = tracks.get(token);
        int point = firstPointAtOrAfter(t);
        if (track == null || point == points.size()) {
            return Optional.empty();
        }
        int i = track.lastAtOrBefore(point);
        if (i >= 0 && track.mids[i] != null) {
            return Optional.of(track.mids[i]);
        }
        // No mid at that point: the next change of the token is a mid (only a mid can follow a gone).
        for (i = i + 1; i < track.size; i++) {
            if (track.mids[i] != null) {
                return Optional.of(track.mids[i]);
            }
        }
        return Optional.empty();
    }

    /** The last mid of every token (a token whose mid is gone keeps its last one). */
    public synchronized Map<TokenId, Price> last() {
        Map<TokenId, Price> last = new HashMap<>();
        tracks.forEach((token, track) -> {
            for (int i = track.size - 1; i >= 0; i--) {
                if (track.mids[i] != null) {
                    last.put(token, track.mids[i]);
                    return;
                }
            }
        });
        return last;
    }

    private int lastPointAtOrBefore(Instant t) {
        int lo = 0;
        int hi = points.size() - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (points.get(mid).time().isAfter(t)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        return found;
    }

    private int firstPointAtOrAfter(Instant t) {
        int lo = 0;
        int hi = points.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (points.get(mid).time().isBefore(t)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** One token's changes: the point of each and its mid, or null where the token had none. */
    private static final class Track {
        private int[] pointIndex = new int[4];
        private Price[] mids = new Price[4];
        private int size;

        void add(int point, Price mid) {
            if (size == pointIndex.length) {
                pointIndex = Arrays.copyOf(pointIndex, size * 2);
                mids = Arrays.copyOf(mids, size * 2);
            }
            pointIndex[size] = point;
            mids[size] = mid;
            size++;
        }

        /** The index of the last change at or before the point, or -1. */
        int lastAtOrBefore(int point) {
            int i = Arrays.binarySearch(pointIndex, 0, size, point);
            return i >= 0 ? i : -i - 2;
        }
    }
}
