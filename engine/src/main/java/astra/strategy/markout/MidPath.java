package astra.strategy.markout;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The recorded mids per token, by time. The integrator records the canonical mid at decision
 * cadence, also when it did not change, so that a quiet market still has a point after each
 * horizon. Two mids at the same instant: the later recording wins.
 *
 * <p>Recording the same mid again must stay cheap, since it happens for every token at every cycle
 * for the whole session. So a token's path is kept as two compact parts (see {@link RunPath}): the
 * instants it was recorded at, as runs over the instants any token was recorded at (one
 * {@link Timeline} for all tokens, since a cycle records every token at the same instant), and the
 * mid's change points. Both lookups need the instants as well as the values: "the first point at
 * or after t" is the first recording at or after t, which may be later than the last change. A
 * token recorded out of time order (earlier than its own or the timeline's last instant, where the
 * runs cannot say it) keeps its points one by one from then on ({@link TreePath}); every answer is
 * the same either way.
 */
public final class MidPath implements ReferencePrice {

    private final Timeline timeline = new Timeline();
    private final Map<TokenId, Slot> mids = new HashMap<>();
    private long rewrites;

    /**
     * One token's place in the path. A caller that records the same tokens every cycle keeps their
     * slots and records through them ({@link #record(Slot, Instant, Price)}), which skips looking
     * each token up in a map of every token: at hundreds of markets that lookup, not the recording,
     * was most of the cost.
     */
    public static final class Slot {
        private final MidPath owner;
        /** Null until the token's first recording. */
        private TokenPath path;

        private Slot(MidPath owner) {
            this.owner = owner;
        }
    }

    /** The token's slot, the same one every time it is asked for. */
    public Slot slot(TokenId token) {
        Objects.requireNonNull(token, "token");
        return mids.computeIfAbsent(token, t -> new Slot(this));
    }

    public void record(TokenId token, Instant at, Price mid) {
        record(slot(token), at, mid);
    }

    /** Records the mid for the slot's token, as {@link #record(TokenId, Instant, Price)} would. */
    public void record(Slot slot, Instant at, Price mid) {
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mid, "mid");
        if (slot.owner != this) {
            throw new IllegalArgumentException("a slot of another mid path");
        }
        TokenPath path = slot.path;
        if (path == null) {
            path = new RunPath(timeline);
            slot.path = path;
        }
        if (!path.allBefore(at)) {
            rewrites++;
        }
        if (!path.tryRecord(at, mid)) {
            TreePath exact = TreePath.copyOf(path);
            exact.tryRecord(at, mid);
            slot.path = exact;
        }
    }

    /**
     * How many recordings so far were not after their token's last point (the same instant again,
     * or out of time order). Only such a recording can change an answer that had a point to give:
     * one appended after the last point leaves every earlier first-between and latest-at-or-before
     * as it was.
     */
    public long rewrites() {
        return rewrites;
    }

    @Override
    public Optional<Price> firstBetween(TokenId token, Instant from, Instant until) {
        TokenPath path = pathOf(token);
        if (path == null || until.isBefore(from)) {
            return Optional.empty();
        }
        return path.firstBetween(from, until);
    }

    @Override
    public Optional<Price> latestAtOrBefore(TokenId token, Instant at) {
        TokenPath path = pathOf(token);
        return path == null ? Optional.empty() : path.latestAtOrBefore(at);
    }

    /**
     * Drops points before {@code cutoff}, keeping the last one before it (the mid in force at the
     * cutoff), and the instants of the shared timeline that no token's points use any more.
     */
    void pruneBefore(Instant cutoff) {
        int firstUsed = timeline.size() - 1; // the last instant stays: new recordings go after it
        for (Slot slot : mids.values()) {
            TokenPath path = slot.path;
            if (path == null) {
                continue;
            }
            path.pruneBefore(cutoff);
            if (path instanceof RunPath run && run.firstIndex() >= 0) {
                firstUsed = Math.min(firstUsed, run.firstIndex());
            }
        }
        if (firstUsed > 0) {
            timeline.dropFirst(firstUsed);
            for (Slot slot : mids.values()) {
                if (slot.path instanceof RunPath run) {
                    run.timelineDropped(firstUsed);
                }
            }
        }
    }

    /** How many instants the shared timeline holds (every path's points are among them). */
    int timelineSize() {
        return timeline.size();
    }

    int size(TokenId token) {
        TokenPath path = pathOf(token);
        return path == null ? 0 : path.size();
    }

    /** The token's points, or null when it was never recorded. */
    private TokenPath pathOf(TokenId token) {
        Slot slot = mids.get(token);
        return slot == null ? null : slot.path;
    }
}
