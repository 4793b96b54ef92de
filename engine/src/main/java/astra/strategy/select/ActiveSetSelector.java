package astra.strategy.select;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the active set: vetoed markets out first, then by score descending (ties: condition id
 * ascending, so the same inputs always give the same set), taking a market unless its cluster
 * already has {@code maxPerCluster} selected, until {@code maxMarkets} are taken. A market skipped
 * for its cluster does not block a lower-scored market of another cluster.
 */
public final class ActiveSetSelector {

    private static final Comparator<ActiveSetCandidate> BEST_FIRST =
            Comparator.comparing(ActiveSetCandidate::score).reversed()
                    .thenComparing(c -> c.market().value());

    private final int maxMarkets;
    private final int maxPerCluster;

    public ActiveSetSelector(int maxMarkets, int maxPerCluster) {
        if (maxMarkets < 1 || maxPerCluster < 1) {
            throw new IllegalArgumentException("need at least 1 market and 1 per cluster, was " + maxMarkets
                    + " and " + maxPerCluster);
        }
        this.maxMarkets = maxMarkets;
        this.maxPerCluster = maxPerCluster;
    }

    public ActiveSet select(List<ActiveSetCandidate> candidates) {
        Objects.requireNonNull(candidates, "candidates");
        Set<String> seen = new HashSet<>();
        for (ActiveSetCandidate c : candidates) {
            if (!seen.add(c.market().value())) {
                throw new IllegalArgumentException("market " + c.market() + " offered twice");
            }
        }
        List<ActiveSetCandidate> ordered = new ArrayList<>(candidates);
        ordered.sort(BEST_FIRST);
        List<ActiveSetCandidate> selected = new ArrayList<>();
        List<ActiveSet.Skipped> skipped = new ArrayList<>();
        Map<String, Integer> perCluster = new HashMap<>();
        for (ActiveSetCandidate c : ordered) {
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
}
