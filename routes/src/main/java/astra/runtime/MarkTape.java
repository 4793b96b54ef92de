package astra.runtime;

import astra.domain.Price;
import astra.domain.TokenId;
import astra.report.MarkSnapshot;
import astra.strategy.markout.MidPath;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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
 * per point grew the heap by an estimated 64 KB a second at 1,000 markets and wrote 2,000 rows a second. The
 * answers are those of a tape of full copies: the mids at each point are kept in a {@link MidPath},
 * as the markout tracker keeps them, so an unchanged mid costs a run, not a copy.
 */
public final class MarkTape {
    /** One point a second is enough for 30 s, 2 m and 10 m markouts, and bounds memory. */
    public static final Duration SPACING = Duration.ofSeconds(1);
    private final List<MarkSnapshot> points = new ArrayList<>();
    /** Every token's mid at every point where it had one, kept compactly (runs of points, change points). */
    private final MidPath path = new MidPath();
    /** The mids as of the last point: what the next point is compared with. */
    private final Map<TokenId, Held> current = new HashMap<>();
    /** Each token's last mid, kept after its mid is gone. */
    private final Map<TokenId, Price> last = new HashMap<>();
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
            Held held = current.get(token);
            if (held == null || !mid.equals(held.mid)) {
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
        points.add(point);
        point.mids().forEach((token, mid) -> current.computeIfAbsent(token, t -> new Held(path.slot(t))).mid = mid);
        point.gone().forEach(current::remove);
        last.putAll(point.mids());
        for (Held held : current.values()) {
            path.record(held.slot, point.time(), held.mid);
        }
    }

    /** A token's mid as of the last point, beside its slot in the path (recording through it looks nothing up). */
    private static final class Held {
        private final MidPath.Slot slot;
        private Price mid;

        private Held(MidPath.Slot slot) {
            this.slot = slot;
        }
    }

    /** The points as recorded: each with the changes since the point before it. */
    public synchronized List<MarkSnapshot> points() {
        return List.copyOf(points);
    }

    /** The latest mid of the token at or before {@code t}. */
    public synchronized Optional<Price> at(TokenId token, Instant t) {
        return path.latestAtOrBefore(token, t);
    }

    /** The token's mid at the first point at or after {@code t} that has one, if the tape reaches that far. */
    public synchronized Optional<Price> after(TokenId token, Instant t) {
        return path.firstBetween(token, t, Instant.MAX);
    }

    /** The last mid of every token (a token whose mid is gone keeps its last one). */
    public synchronized Map<TokenId, Price> last() {
        return new HashMap<>(last);
    }
}
