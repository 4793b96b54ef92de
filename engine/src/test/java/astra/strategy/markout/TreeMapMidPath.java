package astra.strategy.markout;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The mid path as it was kept before the compact form: one map entry per recording. Kept as the
 * reference the compact {@link MidPath} must answer exactly like.
 *
 * <p>Before:
 * The recorded mids per token, by time. The integrator records the canonical mid at decision
 * cadence, also when it did not change, so that a quiet market still has a point after each
 * horizon. Two mids at the same instant: the later recording wins.
 */
final class TreeMapMidPath implements ReferencePrice {

    private final Map<TokenId, NavigableMap<Instant, Price>> mids = new HashMap<>();

    public void record(TokenId token, Instant at, Price mid) {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(mid, "mid");
        mids.computeIfAbsent(token, t -> new TreeMap<>()).put(at, mid);
    }

    @Override
    public Optional<Price> firstBetween(TokenId token, Instant from, Instant until) {
        NavigableMap<Instant, Price> path = mids.get(token);
        if (path == null || until.isBefore(from)) {
            return Optional.empty();
        }
        Entry<Instant, Price> e = path.ceilingEntry(from);
        return e == null || e.getKey().isAfter(until) ? Optional.empty() : Optional.of(e.getValue());
    }

    @Override
    public Optional<Price> latestAtOrBefore(TokenId token, Instant at) {
        NavigableMap<Instant, Price> path = mids.get(token);
        if (path == null) {
            return Optional.empty();
        }
        Entry<Instant, Price> e = path.floorEntry(at);
        return e == null ? Optional.empty() : Optional.of(e.getValue());
    }

    /** Drops points before {@code cutoff}, keeping the last one before it (the mid in force at the cutoff). */
    void pruneBefore(Instant cutoff) {
        for (NavigableMap<Instant, Price> path : mids.values()) {
            Instant keep = path.floorKey(cutoff);
            if (keep != null) {
                path.headMap(keep, false).clear();
            }
        }
    }

    int size(TokenId token) {
        NavigableMap<Instant, Price> path = mids.get(token);
        return path == null ? 0 : path.size();
    }
}
