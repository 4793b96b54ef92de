package astra.strategy.markout;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Price;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One market's maker fills in the rolling window, with the sums of the two-minute markouts and
 * realized spreads settled among them: its {@link MarkoutSnapshot} is read off the sums, where
 * going over every fill of the window again each cycle, looking up three horizons and dividing in
 * BigDecimal for each, was a quarter of a warmed-up decision cycle (docs/benchmarks.md,
 * pipeline-events, session 22).
 *
 * <p>A fill's two-minute markout comes from the first point at or after its horizon and its
 * realized spread from the last point at or before its time. Once the first is there neither can
 * change while points are only added after a token's last one, and a recording that is not counts as
 * a rewrite ({@link MidPath#rewrites()}), after which the owner gathers the market afresh; so each
 * fill is settled once and stays. A fill leaves when its time is before the window's start, as the
 * owner's fresh computation has it; the clock going back also has the owner gather afresh, since
 * fills that left would be back in the window.
 */
final class MarketMarkouts {
    private static final MathContext MC = MathContext.DECIMAL64;
    private static final Duration HORIZON = MarkoutHorizon.MINUTES_2.duration();

    private final ConditionId market;
    private final ReferencePrice reference;
    private final Duration window;
    /** The path's rewrites when this was gathered: any later one makes it stale. */
    private final long rewritesSeen;
    private final Map<FillKey, Entry> entries = new HashMap<>();
    private BigDecimal sum = BigDecimal.ZERO;
    private BigDecimal sumOfSquares = BigDecimal.ZERO;
    private int settled;
    private BigDecimal realizedSum = BigDecimal.ZERO;
    private int realized;
    /** No entry leaves before this (a lower bound: an entry withdrawn may have set it). */
    private Instant nextLeaves = Instant.MAX;
    /** No entry settles before this (a lower bound, as {@link #nextLeaves}). */
    private Instant nextHorizon = Instant.MAX;
    private Instant lastAt = Instant.MIN;
    /** Null whenever the sums changed since it was made. */
    private MarkoutSnapshot snapshot;

    /** A maker fill, and once settled its markout and realized spread in bps (the latter may stay unknown). */
    private static final class Entry {
        final Fill fill;
        BigDecimal markoutBps;
        BigDecimal realizedBps;

        Entry(Fill fill) {
            this.fill = fill;
        }
    }

    MarketMarkouts(ConditionId market, ReferencePrice reference, Duration window, long rewritesSeen) {
        this.market = Objects.requireNonNull(market, "market");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.window = Objects.requireNonNull(window, "window");
        this.rewritesSeen = rewritesSeen;
    }

    /** Whether the answers kept here may no longer be the fresh ones: the path was rewritten or the clock went back. */
    boolean stale(Instant now, long rewrites) {
        return rewrites != rewritesSeen || now.isBefore(lastAt);
    }

    /**
     * Takes a fill in, in the place of one of the same key (a taker fill has no markout here and is
     * passed over). The one it replaces may be here though the owner forgot it: the owner prunes fills
     * that left the window before this has looked at the clock again.
     */
    void offer(Fill fill) {
        if (fill.liquidity() != Liquidity.MAKER) {
            return;
        }
        Entry replaced = entries.put(fill.key(), new Entry(fill));
        if (replaced != null && replaced.markoutBps != null) {
            subtract(replaced);
        }
        Instant leaves = fill.time().plus(window);
        if (leaves.isBefore(nextLeaves)) {
            nextLeaves = leaves;
        }
        Instant horizon = fill.time().plus(HORIZON);
        if (horizon.isBefore(nextHorizon)) {
            nextHorizon = horizon;
        }
    }

    /** Takes the fill of that key out, with what it added to the sums; nothing when it is not here. */
    void withdraw(FillKey key) {
        Entry e = entries.remove(key);
        if (e != null && e.markoutBps != null) {
            subtract(e);
        }
    }

    /** The snapshot as of {@code now}: fills that left the window are taken out, those past their horizon settled. */
    MarkoutSnapshot at(Instant now) {
        lastAt = now;
        if (now.isAfter(nextLeaves)) {
            evict(now);
        }
        if (!now.isBefore(nextHorizon)) {
            settle(now);
        }
        if (snapshot == null) {
            SampleStatistics stats = SampleStatistics.ofSums(settled, sum, sumOfSquares);
            BigDecimal meanRealized = realized == 0 ? BigDecimal.ZERO
                    : realizedSum.divide(BigDecimal.valueOf(realized), MC).setScale(SampleStatistics.SCALE,
                            RoundingMode.HALF_EVEN);
            snapshot = new MarkoutSnapshot(market, stats.count(), stats.mean(), stats.tStat(), meanRealized);
        }
        return snapshot;
    }

    private void evict(Instant now) {
        Instant next = Instant.MAX;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            Instant leaves = e.fill.time().plus(window);
            if (now.isAfter(leaves)) {
                it.remove();
                if (e.markoutBps != null) {
                    subtract(e);
                }
            } else if (leaves.isBefore(next)) {
                next = leaves;
            }
        }
        nextLeaves = next;
    }

    private void settle(Instant now) {
        Instant next = Instant.MAX;
        for (Entry e : entries.values()) {
            if (e.markoutBps != null) {
                continue;
            }
            Fill f = e.fill;
            Instant horizon = f.time().plus(HORIZON);
            Optional<BigDecimal> markout = now.isBefore(horizon) ? Optional.empty()
                    : reference.firstBetween(f.token(), horizon, now).map(ref -> bps(f, ref));
            if (markout.isEmpty()) {
                if (horizon.isBefore(next)) {
                    next = horizon; // past its horizon without a point yet: looked at again next time
                }
                continue;
            }
            e.markoutBps = markout.get();
            e.realizedBps = reference.latestAtOrBefore(f.token(), f.time()).map(ref -> bps(f, ref)).orElse(null);
            add(e);
        }
        nextHorizon = next;
    }

    private static BigDecimal bps(Fill f, Price reference) {
        return FillMarkout.bpsOf(FillMarkout.perShare(f, reference), f.price());
    }

    private void add(Entry e) {
        sum = sum.add(e.markoutBps);
        sumOfSquares = sumOfSquares.add(e.markoutBps.multiply(e.markoutBps));
        settled++;
        if (e.realizedBps != null) {
            realizedSum = realizedSum.add(e.realizedBps);
            realized++;
        }
        snapshot = null;
    }

    private void subtract(Entry e) {
        sum = sum.subtract(e.markoutBps);
        sumOfSquares = sumOfSquares.subtract(e.markoutBps.multiply(e.markoutBps));
        settled--;
        if (e.realizedBps != null) {
            realizedSum = realizedSum.subtract(e.realizedBps);
            realized--;
        }
        snapshot = null;
    }
}
