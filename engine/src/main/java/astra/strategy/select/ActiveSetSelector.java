package astra.strategy.select;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the active set: vetoed markets out first, then by standing descending (ties: condition id
 * ascending, so the same inputs always give the same set), taking a market unless its cluster
 * already has {@code maxPerCluster} selected, until {@code maxMarkets} are taken. A market skipped
 * for its cluster does not block a lower-scored market of another cluster.
 *
 * <p>A market's standing is its score, plus {@code seatMargin} if it is in the set already: a
 * challenger takes an incumbent's seat only by outscoring it by more than the margin. Scores near
 * the cut move a little every cycle, and without the margin two such markets swap seats back and
 * forth, each swap cancelling one market's quotes and placing the other's: the mutation budget
 * spent on nothing, and queue priority thrown away each time.
 */
public final class ActiveSetSelector {

    /** A candidate and its standing: its score, plus the seat margin if it holds a seat. */
    private record Standing(BigDecimal value, ActiveSetCandidate candidate) {}

    /**
     * Highest standing first, ties by condition id ascending. Written out rather than chained from
     * key extractors: a cycle sorts every market, and the chain's calls were most of the sorting.
     */
    private static final Comparator<Standing> BEST_FIRST = ActiveSetSelector::bestFirst;

    private final int maxMarkets;
    private final int maxPerCluster;
    private final BigDecimal seatMargin;

    public ActiveSetSelector(int maxMarkets, int maxPerCluster) {
        this(maxMarkets, maxPerCluster, BigDecimal.ZERO);
    }

    public ActiveSetSelector(int maxMarkets, int maxPerCluster, BigDecimal seatMargin) {
        if (maxMarkets < 1 || maxPerCluster < 1) {
            throw new IllegalArgumentException("need at least 1 market and 1 per cluster, was " + maxMarkets
                    + " and " + maxPerCluster);
        }
        Objects.requireNonNull(seatMargin, "seatMargin");
        if (seatMargin.signum() < 0) {
            throw new IllegalArgumentException("seat margin must be >= 0, was " + seatMargin.toPlainString());
        }
        this.maxMarkets = maxMarkets;
        this.maxPerCluster = maxPerCluster;
        this.seatMargin = seatMargin;
    }

    /** The active set with no incumbents (a first cycle). */
    public ActiveSet select(List<ActiveSetCandidate> candidates) {
        return select(candidates, Set.of());
    }

    /** The active set, {@code incumbents} (the set so far) keeping their seats within the margin. */
    public ActiveSet select(List<ActiveSetCandidate> candidates, Set<ConditionId> incumbents) {
        Objects.requireNonNull(candidates, "candidates");
        Objects.requireNonNull(incumbents, "incumbents");
        Set<String> seen = new HashSet<>();
        for (ActiveSetCandidate c : candidates) {
            if (!seen.add(c.market().value())) {
                throw new IllegalArgumentException("market " + c.market() + " offered twice");
            }
        }
        // Each standing worked out once, not twice per comparison: a cycle sorts every market.
        List<Standing> ordered = new ArrayList<>(candidates.size());
        for (ActiveSetCandidate c : candidates) {
            ordered.add(new Standing(incumbents.contains(c.market()) ? c.score().add(seatMargin) : c.score(), c));
        }
        ordered.sort(BEST_FIRST);
        List<ActiveSetCandidate> selected = new ArrayList<>();
        List<ActiveSet.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> perCluster = new HashMap<>();
        for (Standing s : ordered) {
            ActiveSetCandidate c = s.candidate();
            if (c.vetoReason().isPresent()) {
                skipped.add(new ActiveSet.Skipped(c.market(), "vetoed: " + c.vetoReason().get()));
            } else if (selected.size() >= maxMarkets) {
                skipped.add(new ActiveSet.Skipped(c.market(), "below the top " + maxMarkets));
            } else if (perCluster.getOrDefault(c.cluster(), 0) >= maxPerCluster) {
                skipped.add(new ActiveSet.Skipped(c.market(), "cluster " + c.cluster() + " already has "
                        + maxPerCluster));
            } else {
                selected.add(c);
                perCluster.merge(c.cluster(), 1, Integer::sum);
            }
        }
        return new ActiveSet(selected, skipped);
    }

    private static int bestFirst(Standing a, Standing b) {
        int byStanding = b.value().compareTo(a.value());
        return byStanding != 0 ? byStanding : a.candidate().market().value().compareTo(b.candidate().market().value());
    }
}
