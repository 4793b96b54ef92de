package astra.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each gate criterion at its boundary, on the worked session of {@link SessionExample} whose
 * measured values are derived in {@link TruthReportBuilderTest}: 4 min, 4 fills, 2 clusters, max
 * cluster share 5.7/6.9 = 0.8260869565…, median maker spread 0.01, 2m maker markout t = 0 from 2
 * fills, fill rate +20% off the assumption, top-5 share 1, Sharpe 318.5787 (stressed 265.8585) from
 * 4 buckets, Calmar 297,571.725, max drawdown −0.0019870840.
 */
class GateEvaluatorTest {

    /** The default thresholds, one field at a time changeable. */
    static final class Thresholds {
        int minBuckets = GateThresholds.DEFAULTS.minBucketsForSharpe();
        BigDecimal aSharpe = GateThresholds.DEFAULTS.gateASharpe();
        Duration bMinDuration = GateThresholds.DEFAULTS.gateBMinDuration();
        Duration bMaxDuration = GateThresholds.DEFAULTS.gateBMaxDuration();
        int bMinFills = GateThresholds.DEFAULTS.gateBMinFills();
        int bMinClusters = GateThresholds.DEFAULTS.gateBMinClusters();
        BigDecimal bMaxClusterShare = GateThresholds.DEFAULTS.gateBMaxClusterShare();
        BigDecimal bMinSpread = GateThresholds.DEFAULTS.gateBMinMedianRealizedSpread();
        BigDecimal bMinTStat = GateThresholds.DEFAULTS.gateBMinMarkoutTStat();
        int bMinMarkouts = GateThresholds.DEFAULTS.gateBMinMarkoutSamples();
        BigDecimal bFillRateTolerance = GateThresholds.DEFAULTS.gateBFillRateTolerance();
        BigDecimal bMaxTop5 = GateThresholds.DEFAULTS.gateBMaxTop5Share();
        BigDecimal bSharpe = GateThresholds.DEFAULTS.gateBSharpe();
        Duration cSharpeWindow = GateThresholds.DEFAULTS.gateCSharpeWindow();
        BigDecimal cSharpe = GateThresholds.DEFAULTS.gateCSharpe();
        Duration cCalmarWindow = GateThresholds.DEFAULTS.gateCCalmarWindow();
        BigDecimal cCalmar = GateThresholds.DEFAULTS.gateCCalmar();
        BigDecimal cMaxDrawdown = GateThresholds.DEFAULTS.gateCMaxDrawdown();

        GateThresholds build() {
            return new GateThresholds(minBuckets, aSharpe, bMinDuration, bMaxDuration, bMinFills, bMinClusters,
                    bMaxClusterShare, bMinSpread, bMinTStat, bMinMarkouts, bFillRateTolerance, bMaxTop5, bSharpe,
                    cSharpeWindow, cSharpe, cCalmarWindow, cCalmar, cMaxDrawdown);
        }
    }

    private static Verdict verdict(String gate, String criterionStart, Consumer<Thresholds> change) {
        Thresholds t = new Thresholds();
        change.accept(t);
        TruthReport report = SessionExample.builder().thresholds(t.build()).build();
        return report.gate(gate).criteria().stream().filter(c -> c.criterion().startsWith(criterionStart))
                .findFirst().orElseThrow().verdict();
    }

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void defaults_onAFourMinuteSession_neverPassOnTooLittleData() {
        TruthReport report = SessionExample.report();

        assertThat(report.gate("A").verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(report.gate("B").verdict()).isEqualTo(Verdict.FAIL);
        assertThat(report.gate("C").verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(verdict("B", "Sharpe", t -> {})).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(verdict("B", "t-stat", t -> {})).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(verdict("C", "Sharpe over", t -> {})).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(verdict("C", "Calmar over", t -> {})).isEqualTo(Verdict.NOT_ENOUGH_DATA);
    }

    @Test
    void gateA_stressedSharpeAtLeastThreshold() {
        assertThat(verdict("A", "Sharpe after", t -> { t.minBuckets = 4; t.aSharpe = d("265.85"); })).isEqualTo(Verdict.PASS);
        assertThat(verdict("A", "Sharpe after", t -> { t.minBuckets = 4; t.aSharpe = d("265.86"); })).isEqualTo(Verdict.FAIL);
        assertThat(verdict("A", "Sharpe after", t -> { t.minBuckets = 5; t.aSharpe = d("1"); }))
                .isEqualTo(Verdict.NOT_ENOUGH_DATA);
    }

    @Test
    void gateB_durationInsideTheRange() {
        assertThat(verdict("B", "session duration", t -> { t.bMinDuration = Duration.ofMinutes(4); t.bMaxDuration = Duration.ofMinutes(4); }))
                .isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "session duration", t -> { t.bMinDuration = Duration.ofMinutes(5); t.bMaxDuration = Duration.ofMinutes(9); }))
                .isEqualTo(Verdict.FAIL);
        assertThat(verdict("B", "session duration", t -> { t.bMinDuration = Duration.ofMinutes(1); t.bMaxDuration = Duration.ofMinutes(3); }))
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateB_fillsAndClustersAtLeast() {
        assertThat(verdict("B", "counting fills", t -> t.bMinFills = 4)).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "counting fills", t -> t.bMinFills = 5)).isEqualTo(Verdict.FAIL);
        assertThat(verdict("B", "clusters traded", t -> t.bMinClusters = 2)).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "clusters traded", t -> t.bMinClusters = 3)).isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateB_clusterShareStrictlyBelow() {
        assertThat(verdict("B", "max cluster share", t -> t.bMaxClusterShare = d("0.8261"))).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "max cluster share", t -> t.bMaxClusterShare = d("0.8260869565217391")))
                .isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateB_medianRealizedSpreadStrictlyAbove() {
        assertThat(verdict("B", "median maker", t -> t.bMinSpread = d("0.0099"))).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "median maker", t -> t.bMinSpread = d("0.01"))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateB_markoutTStatStrictlyAboveWithEnoughSamples() {
        assertThat(verdict("B", "t-stat", t -> { t.bMinMarkouts = 2; t.bMinTStat = d("-0.01"); })).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "t-stat", t -> { t.bMinMarkouts = 2; t.bMinTStat = d("0"); })).isEqualTo(Verdict.FAIL);
        assertThat(verdict("B", "t-stat", t -> { t.bMinMarkouts = 3; t.bMinTStat = d("-2"); }))
                .isEqualTo(Verdict.NOT_ENOUGH_DATA);
    }

    @Test
    void gateB_fillRateWithinTolerance() {
        assertThat(verdict("B", "fill rate", t -> t.bFillRateTolerance = d("0.20"))).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "fill rate", t -> t.bFillRateTolerance = d("0.19"))).isEqualTo(Verdict.FAIL);
        TruthReport noQuotes = SessionExample.builder().quotes(0, new BigDecimal("0.25")).build();
        assertThat(noQuotes.gate("B").criteria()).filteredOn(c -> c.criterion().startsWith("fill rate"))
                .extracting(GateCriterion::verdict).containsExactly(Verdict.NOT_ENOUGH_DATA);
    }

    @Test
    void gateB_topFiveShareStrictlyBelow() {
        assertThat(verdict("B", "top-5", t -> t.bMaxTop5 = d("1.01"))).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "top-5", t -> t.bMaxTop5 = d("1"))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateB_sharpeAtLeast() {
        assertThat(verdict("B", "Sharpe", t -> { t.minBuckets = 4; t.bSharpe = d("318.57"); })).isEqualTo(Verdict.PASS);
        assertThat(verdict("B", "Sharpe", t -> { t.minBuckets = 4; t.bSharpe = d("318.58"); })).isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateC_windowedSharpeAndCalmarAtLeast() {
        Consumer<Thresholds> windows = t -> {
            t.minBuckets = 4;
            t.cSharpeWindow = Duration.ofMinutes(4);
            t.cCalmarWindow = Duration.ofMinutes(4);
        };
        assertThat(verdict("C", "Sharpe over", windows.andThen(t -> t.cSharpe = d("318.57")))).isEqualTo(Verdict.PASS);
        assertThat(verdict("C", "Sharpe over", windows.andThen(t -> t.cSharpe = d("318.58")))).isEqualTo(Verdict.FAIL);
        assertThat(verdict("C", "Calmar over", windows.andThen(t -> t.cCalmar = d("297571")))).isEqualTo(Verdict.PASS);
        assertThat(verdict("C", "Calmar over", windows.andThen(t -> t.cCalmar = d("297572")))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateC_drawdownNoWorseThanThreshold() {
        assertThat(verdict("C", "max drawdown", t -> t.cMaxDrawdown = d("-0.002"))).isEqualTo(Verdict.PASS);
        assertThat(verdict("C", "max drawdown", t -> t.cMaxDrawdown = d("-0.0019"))).isEqualTo(Verdict.FAIL);
    }

    @Test
    void gateVerdict_isTheWorstOfItsCriteria() {
        Gate g = new Gate("X", "test", java.util.List.of(
                new GateCriterion("a", "1", "≥ 1", Verdict.PASS),
                new GateCriterion("b", "n/a", "≥ 1", Verdict.NOT_ENOUGH_DATA)));
        Gate h = new Gate("Y", "test", java.util.List.of(
                new GateCriterion("a", "0", "≥ 1", Verdict.FAIL),
                new GateCriterion("b", "n/a", "≥ 1", Verdict.NOT_ENOUGH_DATA)));

        assertThat(g.verdict()).isEqualTo(Verdict.NOT_ENOUGH_DATA);
        assertThat(h.verdict()).isEqualTo(Verdict.FAIL);
    }
}
