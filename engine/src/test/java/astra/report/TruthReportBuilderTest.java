package astra.report;

import astra.domain.ClusterId;
import static astra.report.SessionExample.E1;
import static astra.report.SessionExample.E2;
import static astra.report.SessionExample.M1;
import static astra.report.SessionExample.M2;
import static astra.report.SessionExample.M3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import astra.domain.Liquidity;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The worked session of {@link SessionExample}; each expected number is derived in the comments. */
class TruthReportBuilderTest {
    private final TruthReport report = SessionExample.report();

    private static BigDecimal d(String s) {
        return new BigDecimal(s);
    }

    @Test
    void pnl_isRealizedAtAverageCostPlusUnrealizedAtEndMids() {
        // f2 sells 50 of 100 bought at 0.40 (cost 40): cost out 20, proceeds 23 → realized 3.
        // open at end: Y1 50 @ 0.45 = 22.50 − cost 20 = 2.50; Y2 10 @ 0.32 = 3.20 − 3 = 0.20;
        // Y3 20 @ 0.55 = 11 − (12 + fee 0.20) = −1.20 → unrealized 1.50, total 4.50
        assertThat(report.realizedPnl()).isEqualTo(Usd.parse("3"));
        assertThat(report.unrealizedPnl()).isEqualTo(Usd.parse("1.5"));
        assertThat(report.totalPnl()).isEqualTo(Usd.parse("4.5"));
    }

    @Test
    void failedFill_isExcludedFromCountsPositionsAndFillRate() {
        // f4 (FAILED) would have added 10 Y2 @ 0.30 and a 4th filled quote
        assertThat(report.fillsCounted()).isEqualTo(4);
        assertThat(report.fillsFailedExcluded()).isEqualTo(1);
        assertThat(report.maker().fills()).isEqualTo(3);
        assertThat(report.maker().volume()).isEqualTo(Shares.parse("160"));
        assertThat(report.fills()).extracting(r -> r.fill().status()).doesNotContain(TradeStatus.FAILED);
        assertThat(report.fillRate().quotesFilled()).isEqualTo(3);
        assertThat(report.warnings()).contains("1 FAILED fill(s) excluded: the venue undid them");
    }

    @Test
    void makerAndTaker_areAttributedSeparatelyAndAddUpToTotal() {
        // maker: f1 (0.45−0.40)×100 = 5.00, f2 −(0.45−0.46)×50 = 0.50, f5 (0.32−0.30)×10 = 0.20 → 5.70
        //   edge 2.00 + 0.50 + 0.10 = 2.60; drift (0.45−0.42)×100 + 0 + (0.32−0.31)×10 = 3.10; fees 0
        // taker: f3 (0.55−0.60)×20 − 0.20 = −1.20 = edge −0.40 + drift (0.55−0.58)×20 = −0.60 − fees 0.20
        LiquidityBreakdown maker = report.maker();
        LiquidityBreakdown taker = report.taker();
        assertThat(maker.pnl()).isEqualTo(Usd.parse("5.7"));
        assertThat(maker.edge()).isEqualTo(Usd.parse("2.6"));
        assertThat(maker.drift()).isEqualTo(Usd.parse("3.1"));
        assertThat(maker.fees()).isEqualTo(Usd.ZERO);
        // notional 100×0.40 + 50×0.46 + 10×0.30 = 40 + 23 + 3 = 66
        assertThat(maker.notional()).isEqualTo(Usd.parse("66"));
        assertThat(taker.fills()).isEqualTo(1);
        assertThat(taker.pnl()).isEqualTo(Usd.parse("-1.2"));
        assertThat(taker.edge()).isEqualTo(Usd.parse("-0.4"));
        assertThat(taker.drift()).isEqualTo(Usd.parse("-0.6"));
        assertThat(taker.fees()).isEqualTo(Usd.parse("0.2"));
        assertThat(maker.pnl().plus(taker.pnl())).isEqualTo(report.totalPnl());
    }

    @Test
    void realizedSpread_isSignedMidMinusPricePerShare() {
        // maker spreads 0.02, 0.01 (a sell: −(0.45 − 0.46)), 0.01 → median 0.01, mean 0.04/3
        assertThat(report.maker().medianEdgePerShare().orElseThrow()).isEqualByComparingTo("0.01");
        assertThat(report.maker().meanEdgePerShare().orElseThrow())
                .isCloseTo(d("0.0133333333"), within(d("0.0000000001")));
        assertThat(report.taker().medianEdgePerShare().orElseThrow()).isEqualByComparingTo("-0.02");
    }

    @Test
    void markouts_areSeparatedByLiquidityAndMissingHorizonsAreNotCounted() {
        // maker 2m: f1 0.41−0.40 = +0.01, f2 −(0.47−0.46) = −0.01, f5 none → n 2, mean 0,
        // USD 0.01×100 − 0.01×50 = 0.50; taker 2m: 0.57 − 0.60 = −0.03 (USD −0.60)
        MarkoutSummary maker = report.maker().markouts().get(Horizon.M2);
        assertThat(maker.count()).isEqualTo(2);
        assertThat(maker.mean().orElseThrow()).isEqualByComparingTo("0");
        assertThat(maker.totalUsd()).isEqualByComparingTo("0.5");
        // t = 0 / (stdev / √2) with stdev = √((0.01² + 0.01²)/1) = 0.01414…: exactly 0
        assertThat(maker.tStat().orElseThrow()).isEqualByComparingTo("0");
        MarkoutSummary taker = report.taker().markouts().get(Horizon.M2);
        assertThat(taker.values()).usingElementComparator(BigDecimal::compareTo).containsExactly(d("-0.03"));
        assertThat(taker.totalUsd()).isEqualByComparingTo("-0.6");
        assertThat(report.maker().markouts().get(Horizon.S30).count()).isZero();
        // against the hidden fair value: f1 0.43 − 0.40 = +0.03
        assertThat(report.maker().referenceMarkouts().get(Horizon.M2).values())
                .usingElementComparator(BigDecimal::compareTo).containsExactly(d("0.03"));
        assertThat(report.warnings()).contains("1 of 4 fills have no 2m markout (session ended or no data)");
    }

    @Test
    void equityCurve_marksWithTheLatestMidKnownAtEachBoundary() {
        // 00:00 bankroll 1000
        // 00:01 f1: Y1 100 @ 0.43 = 43 − cost 40 → 1003
        // 00:02 f2: realized 3; Y1 50 @ 0.47 = 23.50 − 20 → 1006.50
        // 00:03 f3: Y1 50 @ 0.44 = 22 − 20 = 2; Y3 20 @ 0.59 = 11.80 − 12.20 = −0.40 → 1000 + 3 + 2 − 0.40 = 1004.60
        // 00:04 f5 + end marks → 1004.50
        assertThat(report.equityCurve()).extracting(EquityPoint::equity).containsExactly(
                Usd.parse("1000"), Usd.parse("1003"), Usd.parse("1006.5"), Usd.parse("1004.6"), Usd.parse("1004.5"));
    }

    @Test
    void stressedEquity_chargesTakerFeeMultipleSlippageAndMakerHaircutAtFillTime() {
        // default stress: f3 taker 0.20 × (1.5 − 1) + 0.005 × 20 = 0.20; maker haircut 25% of positive edge:
        // f1 0.50, f2 0.125, f5 0.025. Cumulative: 0.50 by 00:01, 0.625 by 00:02, 0.825 by 00:03, 0.85 at end
        assertThat(report.equityCurve()).extracting(EquityPoint::stressedEquity).containsExactly(
                Usd.parse("1000"), Usd.parse("1002.5"), Usd.parse("1005.875"), Usd.parse("1003.775"),
                Usd.parse("1003.65"));
    }

    @Test
    void returnsSharpeDrawdownAndCalmar_followTheDefinitions() {
        // r = 3/1000 = 0.003, 3.5/1003 = 0.0034895314…, −1.9/1006.5 = −0.0018877297…, −0.1/1004.6 = −0.0000995421…
        // mean 0.0011255649, sample stdev 0.0025614239; minutes per 365-day year 525,600, √ = 724.9828
        // Sharpe = 0.0011255649 / 0.0025614239 × 724.9828 = 318.5787
        Performance p = report.performance();
        assertThat(p.buckets()).isEqualTo(4);
        assertThat(p.returns().get(0)).isEqualByComparingTo("0.003");
        assertThat(p.returns().get(2)).isCloseTo(d("-0.0018877297"), within(d("0.0000000001")));
        assertThat(p.sharpe().orElseThrow()).isCloseTo(d("318.5787"), within(d("0.0001")));
        // peak 1006.50, trough 1004.50 after it: 1004.5 / 1006.5 − 1 = −2/1006.5 = −0.0019870840
        assertThat(p.maxDrawdown()).isCloseTo(d("-0.0019870840"), within(d("0.0000000001")));
        // total 4.5/1000 = 0.0045 over 4 min; simple annualization × 525,600/4 = × 131,400 → 591.3
        assertThat(p.annualizedReturn()).isEqualByComparingTo("591.3");
        // Calmar 591.3 / (2/1006.5) = 591.3 × 503.25 = 297,571.725
        assertThat(p.calmar().orElseThrow()).isCloseTo(d("297571.725"), within(d("0.001")));
        // stressed: r 0.0025, 0.0033665835, −0.0020877346, −0.0001245299 → Sharpe 265.8585
        assertThat(report.stressedPerformance().sharpe().orElseThrow()).isCloseTo(d("265.8585"), within(d("0.0001")));
    }

    @Test
    void fewerThanThirtyBuckets_warnsThatSharpeIsNotMeaningful() {
        assertThat(report.warnings()).anyMatch(w -> w.startsWith("Sharpe from 4 buckets (< 30): not meaningful"));
    }

    @Test
    void perMarketPnl_andTheAbsoluteShares() {
        // M1 3 + 2.50 = 5.50, M2 0.20, M3 −1.20; Σ|P&L| = 6.90; all three are the top five → 100%
        Concentration c = report.concentration();
        assertThat(c.markets()).extracting(MarketPnl::market).containsExactly(M1, M3, M2);
        assertThat(c.markets()).extracting(MarketPnl::total)
                .containsExactly(Usd.parse("5.5"), Usd.parse("-1.2"), Usd.parse("0.2"));
        assertThat(c.top5Share().orElseThrow()).isEqualByComparingTo("1");
        // clusters: E1 = 5.50 + 0.20 = 5.70, E2 = −1.20; shares 5.7/6.9 = 0.8260869565…, 1.2/6.9
        assertThat(c.clustersTraded()).isEqualTo(2);
        assertThat(c.maxClusterPnlShare().orElseThrow()).isCloseTo(d("0.8260869565"), within(d("0.0000000001")));
    }

    @Test
    void clusterExposure_isSizeTimesMarkAtEndAndAtItsPeak() {
        // E1 at end: Y1 50 × 0.45 + Y2 10 × 0.32 = 22.50 + 3.20 = 25.70; peak 100 × 0.43 = 43 at 00:01
        // E2 at end: 20 × 0.55 = 11; peak 20 × 0.59 = 11.80 at 00:03
        Map<ClusterId, ClusterFigures> byId = new java.util.HashMap<>();
        report.concentration().clusters().forEach(c -> byId.put(c.cluster(), c));
        assertThat(byId.get(E1).exposureAtEnd()).isEqualTo(Usd.parse("25.7"));
        assertThat(byId.get(E1).peakExposure()).isEqualTo(Usd.parse("43"));
        assertThat(byId.get(E2).exposureAtEnd()).isEqualTo(Usd.parse("11"));
        assertThat(byId.get(E2).peakExposure()).isEqualTo(Usd.parse("11.8"));
    }

    @Test
    void fillRate_isFilledQuotesOverQuotesSentAgainstTheAssumption() {
        // 3 / 10 = 0.30 against 0.25 → 0.30/0.25 − 1 = +20%
        assertThat(report.fillRate().actual().orElseThrow()).isEqualByComparingTo("0.3");
        assertThat(report.fillRate().deviation().orElseThrow()).isEqualByComparingTo("0.2");
    }

    @Test
    void fillOutsideTheSession_isRefused() {
        TruthReportBuilder b = SessionExample.builder().fill(SessionExample.fill("late", M1, SessionExample.Y1,
                Side.SELL, "1", "0.5", Liquidity.TAKER, "0", TradeStatus.MATCHED, SessionExample.END.plusSeconds(1)),
                Price.parse("0.5"));
        assertThatThrownBy(b::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the session");
    }

    @Test
    void countingFillWithoutMidOrCluster_isRefused() {
        TruthReportBuilder noMid = SessionExample.builder().fill(SessionExample.fill("x", M1, SessionExample.Y1,
                Side.BUY, "1", "0.5", Liquidity.TAKER, "0", TradeStatus.MATCHED, SessionExample.START), null);
        assertThatThrownBy(noMid::build).hasMessageContaining("no mid at fill time");

        TruthReportBuilder noCluster = new TruthReportBuilder().session(SessionExample.START, SessionExample.END,
                Duration.ofMinutes(1)).bankroll(Usd.parse("10")).fill(SessionExample.F1, Price.parse("0.42"));
        assertThatThrownBy(noCluster::build).hasMessageContaining("has no cluster");
    }

    @Test
    void sessionNotAWholeNumberOfBuckets_leavesTheShortLastIntervalOutOfReturns() {
        // 4 min in 3-min buckets: boundaries 00:00, 00:03, 00:04 → one whole bucket, one partial
        TruthReport r = SessionExample.builder().session(SessionExample.START, SessionExample.END, Duration.ofMinutes(3))
                .build();
        assertThat(r.equityCurve()).hasSize(3);
        assertThat(r.performance().buckets()).isEqualTo(1);
        assertThat(r.performance().sharpe()).isEmpty();
        assertThat(r.warnings()).anyMatch(w -> w.contains("last, shorter interval"));
        // total return still covers the whole session: 4.5 / 1000
        assertThat(r.performance().totalReturn()).isEqualByComparingTo("0.0045");
    }

    @Test
    void sameMarkoutsTwice_isRefused() {
        assertThatThrownBy(() -> SessionExample.builder()
                .markouts(List.of(FillMarkouts.ofMids(SessionExample.F1.key(), Map.of()))))
                .hasMessageContaining("given twice");
    }
}
