package astra.report;

import astra.domain.ClusterId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where the P&L came from. Markets are ranked by |P&L| (largest first); the top five's share is
 * Σ top-5 |P&L| / Σ all |P&L| — absolute, so that a market that lost money counts as
 * concentration just like one that made it, and the share stays in [0, 1] whatever the sign of the
 * total. The same absolute share is used per cluster; {@code maxClusterPnlShare} is the largest.
 */
public record Concentration(
        List<MarketPnl> markets,
        Optional<BigDecimal> top5Share,
        List<ClusterFigures> clusters,
        Optional<BigDecimal> maxClusterPnlShare) {

    static final int TOP = 5;

    public Concentration {
        markets = List.copyOf(markets);
        clusters = List.copyOf(clusters);
    }

    public int clustersTraded() {
        return clusters.size();
    }

    static Concentration of(List<MarketPnl> marketPnls, Map<ClusterId, Usd> exposureAtEnd,
            Map<ClusterId, Usd> peakExposure) {
        List<MarketPnl> ranked = new ArrayList<>(marketPnls);
        ranked.sort(Comparator.comparing((MarketPnl m) -> m.total().toBigDecimal().abs()).reversed()
                .thenComparing(m -> m.market().value()));
        BigDecimal absTotal = ranked.stream().map(m -> m.total().toBigDecimal().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal top = ranked.stream().limit(TOP).map(m -> m.total().toBigDecimal().abs())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Optional<BigDecimal> top5 = share(top, absTotal);

        Map<ClusterId, List<MarketPnl>> byCluster = ranked.stream()
                .collect(Collectors.groupingBy(MarketPnl::cluster, TreeMap::new, Collectors.toList()));
        BigDecimal clusterAbsTotal = byCluster.values().stream()
                .map(ms -> sum(ms).toBigDecimal().abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ClusterFigures> clusters = new ArrayList<>();
        byCluster.forEach((c, ms) -> {
            Usd pnl = sum(ms);
            clusters.add(new ClusterFigures(c, ms.size(), ms.stream().mapToInt(MarketPnl::fills).sum(),
                    exposureAtEnd.getOrDefault(c, Usd.ZERO), peakExposure.getOrDefault(c, Usd.ZERO), pnl,
                    share(pnl.toBigDecimal().abs(), clusterAbsTotal)));
        });
        Optional<BigDecimal> maxShare = clusters.stream().map(ClusterFigures::pnlShare).flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        return new Concentration(ranked, top5, clusters, maxShare);
    }

    private static Usd sum(List<MarketPnl> ms) {
        return ms.stream().map(MarketPnl::total).reduce(Usd.ZERO, Usd::plus);
    }

    private static Optional<BigDecimal> share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? Optional.empty() : Optional.of(part.divide(whole, Stats.MC));
    }
}
