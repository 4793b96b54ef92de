package astra.strategy.markout;

import astra.domain.Price;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A token's points as runs of consecutive {@link Timeline} instants at which it was recorded, plus
 * the points at which its mid changed. A market recorded every cycle at an unchanged mid costs one
 * run and one change point, however long it stays quiet.
 *
 * <p>Invariants: runs are ascending and apart (a gap of at least one instant between two); the
 * first point is a change point, and so is every point whose mid differs from the point before
 * it, so the mid of any point is the one of the last change point at or before it (a change
 * point may repeat the mid before it: harmless). Points are only added after the last one (or
 * replace it); anything else is refused and the caller keeps the token in a {@link TreePath}.
 */
final class RunPath implements TokenPath {
    private final Timeline timeline;
    private int[] runStart = new int[4];
    private int[] runEnd = new int[4];
    private int runs;
    private Instant[] changeAt = new Instant[4];
    private Price[] changeMid = new Price[4];
    private int changes;

    RunPath(Timeline timeline) {
        this.timeline = timeline;
    }

    @Override
    public boolean tryRecord(Instant at, Price mid) {
        int last = runs == 0 ? -1 : runEnd[runs - 1];
        if (last >= 0 && timeline.at(last).isAfter(at)) {
            return false; // before our own last point (checked first: the timeline only grows at its end)
        }
        int index = timeline.indexFor(at);
        if (index < 0) {
            return false;
        }
        Instant t = timeline.at(index);
        if (index == last) { // the same instant again: the later recording wins
            if (changeAt[changes - 1].equals(t)) {
                changeMid[changes - 1] = mid;
            } else if (!mid.equals(changeMid[changes - 1])) {
                addChange(t, mid);
            }
            return true;
        }
        if (runs > 0 && index == last + 1) {
            runEnd[runs - 1] = index;
        } else {
            addRun(index);
        }
        if (changes == 0 || !mid.equals(changeMid[changes - 1])) {
            addChange(t, mid);
        }
        return true;
    }

    @Override
    public Optional<Price> firstBetween(Instant from, Instant until) {
        int from0 = timeline.firstAtOrAfter(from);
        int run = firstRunEndingAtOrAfter(from0);
        if (run == runs) {
            return Optional.empty();
        }
        Instant point = timeline.at(Math.max(runStart[run], from0));
        return point.isAfter(until) ? Optional.empty() : Optional.of(changeMid[lastChangeAtOrBefore(point)]);
    }

    @Override
    public Optional<Price> latestAtOrBefore(Instant at) {
        // Every change point is a point and the first point is one, so the last change point at or
        // before the instant carries the mid of the last point at or before it.
        int change = lastChangeAtOrBefore(at);
        return change < 0 ? Optional.empty() : Optional.of(changeMid[change]);
    }

    @Override
    public void pruneBefore(Instant cutoff) {
        int atOrBefore = timeline.lastAtOrBefore(cutoff);
        int run = lastRunStartingAtOrBefore(atOrBefore);
        if (run < 0) {
            return; // no point at or before the cutoff: nothing goes
        }
        int keep = Math.min(runEnd[run], atOrBefore);
        Instant keptAt = timeline.at(keep);
        dropRuns(run);
        runStart[0] = keep;
        int change = lastChangeAtOrBefore(keptAt);
        dropChanges(change);
        // The mid in force at the kept point stays, now starting there: nothing before it is left.
        changeAt[0] = keptAt;
    }

    /** The timeline index of the first point; -1 when there is none. */
    int firstIndex() {
        return runs == 0 ? -1 : runStart[0];
    }

    /** The timeline dropped its first {@code n} instants: every index moves down by {@code n}. */
    void timelineDropped(int n) {
        for (int r = 0; r < runs; r++) {
            runStart[r] -= n;
            runEnd[r] -= n;
        }
    }

    @Override
    public boolean allBefore(Instant at) {
        return runs == 0 || timeline.at(runEnd[runs - 1]).isBefore(at);
    }

    @Override
    public int size() {
        int n = 0;
        for (int r = 0; r < runs; r++) {
            n += runEnd[r] - runStart[r] + 1;
        }
        return n;
    }

    @Override
    public void forEachPoint(BiConsumer<Instant, Price> point) {
        int change = 0;
        for (int r = 0; r < runs; r++) {
            for (int i = runStart[r]; i <= runEnd[r]; i++) {
                Instant t = timeline.at(i);
                while (change + 1 < changes && !changeAt[change + 1].isAfter(t)) {
                    change++;
                }
                point.accept(t, changeMid[change]);
            }
        }
    }

    private void addRun(int index) {
        if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runEnd = Arrays.copyOf(runEnd, runs * 2);
        }
        runStart[runs] = index;
        runEnd[runs] = index;
        runs++;
    }

    private void addChange(Instant at, Price mid) {
        if (changes == changeAt.length) {
            changeAt = Arrays.copyOf(changeAt, changes * 2);
            changeMid = Arrays.copyOf(changeMid, changes * 2);
        }
        changeAt[changes] = at;
        changeMid[changes] = mid;
        changes++;
    }

    private void dropRuns(int first) {
        System.arraycopy(runStart, first, runStart, 0, runs - first);
        System.arraycopy(runEnd, first, runEnd, 0, runs - first);
        runs -= first;
    }

    private void dropChanges(int first) {
        System.arraycopy(changeAt, first, changeAt, 0, changes - first);
        System.arraycopy(changeMid, first, changeMid, 0, changes - first);
        Arrays.fill(changeAt, changes - first, changes, null);
        Arrays.fill(changeMid, changes - first, changes, null);
        changes -= first;
    }

    /** The first run whose end is at or after the index; {@code runs} when none. */
    private int firstRunEndingAtOrAfter(int index) {
        int lo = 0;
        int hi = runs;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runEnd[mid] < index) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The last run whose start is at or before the index; -1 when none. */
    private int lastRunStartingAtOrBefore(int index) {
        int lo = 0;
        int hi = runs;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (runStart[mid] > index) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }

    /** The last change point at or before the instant; -1 when none. */
    private int lastChangeAtOrBefore(Instant at) {
        int lo = 0;
        int hi = changes;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (changeAt[mid].isAfter(at)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo - 1;
    }
}
