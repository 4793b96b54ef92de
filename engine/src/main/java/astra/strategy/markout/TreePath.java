package astra.strategy.markout;

import astra.domain.Price;
import java.time.Instant;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/** A token's points one by one: holds any order of recording, at a map entry per point. */
final class TreePath implements TokenPath {
    private final NavigableMap<Instant, Price> points = new TreeMap<>();

    static TreePath copyOf(TokenPath path) {
        TreePath copy = new TreePath();
        path.forEachPoint(copy.points::put);
        return copy;
    }

    @Override
    public boolean tryRecord(Instant at, Price mid) {
        points.put(at, mid);
        return true;
    }

    @Override
    public Optional<Price> firstBetween(Instant from, Instant until) {
        Entry<Instant, Price> e = points.ceilingEntry(from);
        return e == null || e.getKey().isAfter(until) ? Optional.empty() : Optional.of(e.getValue());
    }

    @Override
    public Optional<Price> latestAtOrBefore(Instant at) {
        return Optional.ofNullable(points.floorEntry(at)).map(Entry::getValue);
    }

    @Override
    public void pruneBefore(Instant cutoff) {
        Instant keep = points.floorKey(cutoff);
        if (keep != null) {
            points.headMap(keep, false).clear();
        }
    }

    @Override
    public boolean allBefore(Instant at) {
        return points.isEmpty() || points.lastKey().isBefore(at);
    }

    @Override
    public int size() {
        return points.size();
    }

    @Override
    public void forEachPoint(BiConsumer<Instant, Price> point) {
        points.forEach(point);
    }
}
