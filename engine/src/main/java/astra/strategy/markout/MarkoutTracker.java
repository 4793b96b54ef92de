package astra.strategy.markout;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Price;
import astra.domain.TokenId;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Records our fills and the mid path, and computes markouts and rolling per-market statistics.
 *
 * <p>A fill's markout at horizon h is computed from the first reference point at or after t + h
 * and not after now (see the package). The mid at or after, not the last one before: the one before
 * t + h is a price from inside the horizon, which would understate what adverse selection took.
 * Realized spread uses the latest reference point at or before the fill (the price the quote was
 * earning against when it filled).
 *
 * <p>Fills are keyed by {@link FillKey}: a fill reported again (MATCHED, then MINED) replaces the
 * earlier report, and a FAILED one is dropped, since the trade never happened.
 */
public final class MarkoutTracker {

    private static final MathContext MC = MathContext.DECIMAL64;
    /** How often {@link #pruneIfDue} prunes. */
    public static final Duration PRUNE_EVERY = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration window;
    private final MidPath mids = new MidPath();
    private final ReferencePrice reference;
    private final Map<FillKey, Fill> fills = new LinkedHashMap<>();
    /**
     * The same fills per market, in the same order: every cycle asks for each market's recent fills,
     * and finding them in all of the session's fills made that a scan of every fill per market.
     */
    private final Map<ConditionId, Map<FillKey, Fill>> fillsByMarket = new HashMap<>();
    /**
     * Each market's maker fills in the window with the sums of their settled markouts, from which
     * {@link #snapshot} answers (marking against the recorded mids only; see {@link MarketMarkouts}).
     */
    private final Map<ConditionId, MarketMarkouts> sums = new HashMap<>();
    private Instant lastPrune;

    /** Marks against the mids recorded here. */
    public MarkoutTracker(Clock clock, Duration window) {
        this(clock, window, null);
    }

    /**
     * Marks against {@code reference} instead of the recorded mids (e.g. the simulator's hidden fair
     * value); mids may still be recorded but are not used for markouts.
     */
    public MarkoutTracker(Clock clock, Duration window, ReferencePrice reference) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.window = Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the rolling window must be positive, was " + window);
        }
        this.reference = reference == null ? mids : reference;
    }

    public void recordMid(TokenId token, Instant at, Price mid) {
        mids.record(token, at, mid);
    }

    /** The token's slot in the recorded mids, for a caller that records it every cycle. */
    public MidPath.Slot midSlot(TokenId token) {
        return mids.slot(token);
    }

    /** Records a mid through its token's slot ({@link #midSlot}); the same as by the token. */
    public void recordMid(MidPath.Slot slot, Instant at, Price mid) {
        mids.record(slot, at, mid);
    }

    public void recordFill(Fill fill) {
        Objects.requireNonNull(fill, "fill");
        Fill before;
        if (fill.status().counts()) {
            before = fills.put(fill.key(), fill);
            fillsByMarket.computeIfAbsent(fill.market(), m -> new LinkedHashMap<>()).put(fill.key(), fill);
        } else {
            before = fills.remove(fill.key());
            if (before != null) {
                forget(before);
            }
        }
        MarketMarkouts oldSums = before == null ? null : sums.get(before.market());
        if (oldSums != null) {
            oldSums.withdraw(before.key());
        }
        MarketMarkouts newSums = fill.status().counts() ? sums.get(fill.market()) : null;
        if (newSums != null) {
            newSums.offer(fill);
        }
    }

    private void forget(Fill fill) {
        Map<FillKey, Fill> market = fillsByMarket.get(fill.market());
        if (market != null) {
            market.remove(fill.key());
            if (market.isEmpty()) {
                fillsByMarket.remove(fill.market());
            }
        }
    }

    /** The fill's markouts known now; empty when the fill is unknown (or failed). */
    public Optional<FillMarkout> markouts(FillKey key) {
        return Optional.ofNullable(fills.get(key)).map(this::markoutsOf);
    }

    private FillMarkout markoutsOf(Fill fill) {
        return markoutsOf(fill, clock.instant());
    }

    private FillMarkout markoutsOf(Fill fill, Instant now) {
        Map<MarkoutHorizon, BigDecimal> perShare = new EnumMap<>(MarkoutHorizon.class);
        for (MarkoutHorizon h : MarkoutHorizon.values()) {
            Instant at = fill.time().plus(h.duration());
            reference.firstBetween(fill.token(), at, now)
                    .ifPresent(ref -> perShare.put(h, FillMarkout.perShare(fill, ref)));
        }
        Optional<BigDecimal> realized = reference.latestAtOrBefore(fill.token(), fill.time())
                .map(ref -> FillMarkout.perShare(fill, ref));
        return new FillMarkout(fill, realized, perShare);
    }

    /** Markouts of one market's fills in the window (fill time within it), oldest first. */
    public List<FillMarkout> recent(ConditionId market) {
        Instant cutoff = clock.instant().minus(window);
        List<FillMarkout> out = new ArrayList<>();
        for (Fill f : fillsByMarket.getOrDefault(market, Map.of()).values()) {
            if (!f.time().isBefore(cutoff)) {
                out.add(markoutsOf(f));
            }
        }
        return out;
    }

    /** Statistics of the chosen horizon's markout, in bps of price, over the market's fills of that liquidity. */
    public SampleStatistics statistics(ConditionId market, Liquidity liquidity, MarkoutHorizon horizon) {
        List<BigDecimal> bps = new ArrayList<>();
        for (FillMarkout m : recent(market)) {
            if (m.fill().liquidity() == liquidity) {
                m.markoutBps(horizon).ifPresent(bps::add);
            }
        }
        return SampleStatistics.of(bps);
    }

    /**
     * The rules' view of one market (see {@link MarkoutSnapshot}), the one {@link #computeSnapshot}
     * would give.
     *
     * <p>Asked for every market at every cycle, while a market's answer changes only when one of its
     * maker fills comes or goes, gets its 2-minute markout or leaves the window. So the market's
     * settled markouts are kept as sums that those events change ({@link MarketMarkouts}), and an
     * answer whose sums did not change is the same object as before. The market is gathered afresh
     * from its fills when the clock goes back or a mid is recorded other than after its token's last
     * point ({@link MidPath#rewrites()}). Against another reference than the recorded mids, whose
     * past may change, every answer is computed afresh.
     */
    public MarkoutSnapshot snapshot(ConditionId market) {
        Instant now = clock.instant();
        if (reference != mids) {
            return compute(market, now);
        }
        MarketMarkouts m = sums.get(market);
        if (m == null || m.stale(now, mids.rewrites())) {
            m = new MarketMarkouts(market, mids, window, mids.rewrites());
            for (Fill f : fillsByMarket.getOrDefault(market, Map.of()).values()) {
                m.offer(f);
            }
            sums.put(market, m);
        }
        return m.at(now);
    }

    /** The snapshot computed afresh from the fills and the reference prices. */
    MarkoutSnapshot computeSnapshot(ConditionId market) {
        return compute(market, clock.instant());
    }

    private MarkoutSnapshot compute(ConditionId market, Instant now) {
        Instant cutoff = now.minus(window);
        List<BigDecimal> markout = new ArrayList<>();
        List<BigDecimal> realized = new ArrayList<>();
        for (Fill f : fillsByMarket.getOrDefault(market, Map.of()).values()) {
            if (f.time().isBefore(cutoff) || f.liquidity() != Liquidity.MAKER) {
                continue;
            }
            FillMarkout m = markoutsOf(f, now);
            Optional<BigDecimal> m2 = m.markoutBps(MarkoutHorizon.MINUTES_2);
            if (m2.isPresent()) {
                markout.add(m2.get());
                m.realizedSpreadBps().ifPresent(realized::add);
            }
        }
        SampleStatistics stats = SampleStatistics.of(markout);
        BigDecimal meanRealized = realized.isEmpty() ? BigDecimal.ZERO
                : realized.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(realized.size()), MC).setScale(SampleStatistics.SCALE,
                                RoundingMode.HALF_EVEN);
        return new MarkoutSnapshot(market, stats.count(), stats.mean(), stats.tStat(), meanRealized);
    }

    /**
     * {@link #prune} once {@link #PRUNE_EVERY} has passed since the last prune (or since the first
     * call): called every cycle, it keeps a session's fills and mids to the window and its horizons
     * instead of every one since the start. True when it pruned.
     */
    public boolean pruneIfDue() {
        Instant now = clock.instant();
        if (lastPrune == null || now.isBefore(lastPrune)) {
            lastPrune = now;
            return false;
        }
        if (now.isBefore(lastPrune.plus(PRUNE_EVERY))) {
            return false;
        }
        prune();
        lastPrune = now;
        return true;
    }

    /**
     * Forgets fills older than the window whose last horizon has passed, and mids no longer needed
     * (keeping the one in force at the cutoff for realized spreads). No snapshot or markout of a
     * fill still kept changes, so the markets' sums stay (the fills it forgets have left the window),
     * but for those of markets with no fill kept any more (a market that closed), which would
     * otherwise hold their last hour's fills for the session.
     */
    public void prune() {
        Instant now = clock.instant();
        Instant cutoff = now.minus(window);
        Duration longest = MarkoutHorizon.MINUTES_10.duration();
        for (Iterator<Fill> it = fills.values().iterator(); it.hasNext(); ) {
            Fill f = it.next();
            if (f.time().isBefore(cutoff) && !f.time().plus(longest).isAfter(now)) {
                it.remove();
                forget(f);
            }
        }
        sums.keySet().retainAll(fillsByMarket.keySet());
        Instant oldestNeeded = fills.values().stream().map(Fill::time).min(Instant::compareTo).orElse(cutoff);
        mids.pruneBefore(oldestNeeded.isBefore(cutoff) ? oldestNeeded : cutoff);
    }

    public int fillCount() {
        return fills.size();
    }

    /** The fills kept for one market's recent markouts (the per-market index). */
    int fillCount(ConditionId market) {
        return fillsByMarket.getOrDefault(market, Map.of()).size();
    }

    /** Markets whose markouts are kept as sums. */
    int marketsSummed() {
        return sums.size();
    }

    int midCount(TokenId token) {
        return mids.size(token);
    }

    /** The distinct instants the recorded mids are kept at. */
    int midInstants() {
        return mids.timelineSize();
    }
}
