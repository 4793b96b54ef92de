package astra.report;

import astra.domain.ClusterId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import astra.domain.ConditionId;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConcentrationTest {
    private static MarketPnl market(String id, String cluster, String pnl) {
        return new MarketPnl(new ConditionId(id), new ClusterId(cluster), 1, Usd.parse(pnl), Usd.ZERO);
    }

    private final Concentration c = Concentration.of(List.of(
            market("m1", "A", "10"), market("m2", "A", "-8"), market("m3", "B", "6"),
            market("m4", "B", "4"), market("m5", "C", "-2"), market("m6", "C", "1")), Map.of(), Map.of());

    @Test
    void topFiveShare_isOfAbsolutePnl_soLosersCountAsConcentration() {
        // |P&L| 10, 8, 6, 4, 2, 1 → Σ 31; top five 30 → 30/31 = 0.9677419354838710
        // (a signed share would be (10 − 8 + 6 + 4 − 2) / 11 = 10/11: a loser would lower it)
        assertThat(c.markets()).extracting(m -> m.market().value()).containsExactly("m1", "m2", "m3", "m4", "m5", "m6");
        assertThat(c.top5Share().orElseThrow()).isCloseTo(new BigDecimal("0.9677419355"), within(new BigDecimal("1e-10")));
    }

    @Test
    void clusterShare_netsMarketsInsideACluster_thenSharesAbsoluteClusterPnl() {
        // A = 10 − 8 = 2, B = 6 + 4 = 10, C = −2 + 1 = −1; Σ|·| = 13; max = B 10/13 = 0.7692307692…
        assertThat(c.clusters()).extracting(ClusterFigures::pnl)
                .containsExactly(Usd.parse("2"), Usd.parse("10"), Usd.parse("-1"));
        assertThat(c.maxClusterPnlShare().orElseThrow()).isCloseTo(new BigDecimal("0.7692307692"), within(new BigDecimal("1e-10")));
        assertThat(c.clustersTraded()).isEqualTo(3);
    }

    @Test
    void noPnlAnywhere_leavesSharesUndefined() {
        Concentration flat = Concentration.of(List.of(market("m1", "A", "0")), Map.of(), Map.of());

        assertThat(flat.top5Share()).isEmpty();
        assertThat(flat.maxClusterPnlShare()).isEmpty();
    }
}
