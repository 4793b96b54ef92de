package astra.strategy.markout;

import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarkoutTrackerTest {

    private final VirtualClock clock = new VirtualClock(NOW);
    private final MarkoutTracker tracker = new MarkoutTracker(clock, Duration.ofHours(1));

    private static Fill fill(String trade, Side side, String price, long size, Liquidity liquidity, Instant time) {
        return fill(trade, side, price, size, liquidity, time, TradeStatus.MATCHED, CONDITION);
    }

    private static Fill fill(String trade, Side side, String price, long size, Liquidity liquidity, Instant time,
            TradeStatus status, ConditionId market) {
        OrderId order = new OrderId("0xorder-" + trade);
        FillKey key = liquidity == Liquidity.MAKER ? FillKey.maker(new TradeId(trade), order)
                : FillKey.taker(new TradeId(trade));
        return new Fill(key, order, market, YES, side, Price.parse(price), Shares.whole(size), liquidity, Usd.ZERO,
                status, time);
    }

    private void mid(long secondsFromNow, String price) {
        tracker.recordMid(YES, NOW.plusSeconds(secondsFromNow), Price.parse(price));
    }

    private static BigDecimal bd(String s) {
        return new BigDecimal(s);
    }

    @Test
    void twentyFillsEachMarkedOutOneTickAgainstUs_readAsCertainlyToxic_notAsNoEvidence() {
        // Twenty maker BUYs at 0.50, one every 10 s, the mid 0.49 two minutes after each: −200 bps each.
        mid(-1, "0.50");
        for (int i = 0; i < 20; i++) {
            tracker.recordFill(fill("t" + i, Side.BUY, "0.50", 10, Liquidity.MAKER, NOW.plusSeconds(10L * i)));
            mid(120 + 10L * i, "0.49");
        }
        clock.set(NOW.plusSeconds(800));

        MarkoutSnapshot s = tracker.snapshot(CONDITION);

        assertThat(s.makerFillCount()).isEqualTo(20);
        assertThat(s.meanMarkout2mBps()).isEqualByComparingTo("-200");
        assertThat(s.tStat2m()).as("no dispersion: the t-statistic is unbounded").isEmpty();
        assertThat(s.tStat2mForRules()).isEqualByComparingTo("-1000000");
    }

    @Test
    void noFillsOrAllMarkoutsZero_giveTheRulesNoEvidence() {
        assertThat(tracker.snapshot(CONDITION).tStat2mForRules()).isEqualByComparingTo("0");
        for (int i = 0; i < 3; i++) {
            mid(10L * i, "0.50");
            tracker.recordFill(fill("t" + i, Side.BUY, "0.50", 10, Liquidity.MAKER, NOW.plusSeconds(10L * i)));
        }
        mid(400, "0.50");
        clock.set(NOW.plusSeconds(800));

        assertThat(tracker.snapshot(CONDITION).tStat2mForRules()).isEqualByComparingTo("0");
    }

    @Test
    void scriptedMidPath_markoutsUseFirstMidAtOrAfterHorizon() {
        // BUY 10 @ 0.50 at t0. Mids: t0−5 s 0.51, +20 s 0.49, +31 s 0.48, +100 s 0.47, +125 s 0.46, +700 s 0.55.
        Fill buy = fill("t1", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW);
        tracker.recordFill(buy);
        mid(-5, "0.51");
        mid(20, "0.49");
        mid(31, "0.48");
        mid(100, "0.47");
        mid(125, "0.46");
        mid(700, "0.55");
        clock.set(NOW.plusSeconds(800));

        FillMarkout m = tracker.markouts(buy.key()).get();

        // realized spread: +1·(0.51 − 0.50) = 0.01 (mid in force at the fill, 5 s before it)
        assertThat(m.realizedSpread()).contains(bd("0.010000"));
        // 30 s: first mid at or after +30 s is +31 s, 0.48: +1·(0.48 − 0.50) = −0.02; the +20 s mid is inside the horizon.
        assertThat(m.markout(MarkoutHorizon.SECONDS_30)).contains(bd("-0.020000"));
        // 2 min: +125 s, 0.46 → −0.04; 10 min: +700 s, 0.55 → +0.05.
        assertThat(m.markout(MarkoutHorizon.MINUTES_2)).contains(bd("-0.040000"));
        assertThat(m.markout(MarkoutHorizon.MINUTES_10)).contains(bd("0.050000"));
        // USD: −0.02·10 = −0.20; bps of price: −0.02/0.50·10⁴ = −400.
        assertThat(m.markoutUsd(MarkoutHorizon.SECONDS_30)).contains(Usd.parse("-0.2"));
        assertThat(m.markoutBps(MarkoutHorizon.SECONDS_30)).contains(bd("-400.0000"));
        assertThat(m.realizedSpreadBps()).contains(bd("200.0000"));
    }

    @Test
    void sellFill_signFlipped() {
        // SELL 5 @ 0.60; mid at +30 s is 0.58: −1·(0.58 − 0.60) = +0.02 (the price fell after we sold: good).
        Fill sell = fill("t2", Side.SELL, "0.60", 5, Liquidity.MAKER, NOW);
        tracker.recordFill(sell);
        mid(30, "0.58");
        clock.set(NOW.plusSeconds(30));

        assertThat(tracker.markouts(sell.key()).get().markout(MarkoutHorizon.SECONDS_30)).contains(bd("0.020000"));
        assertThat(tracker.markouts(sell.key()).get().markoutUsd(MarkoutHorizon.SECONDS_30)).contains(Usd.parse("0.1"));
    }

    @Test
    void horizonNotPassed_orNoMidYet_markoutPending_andNoLookAhead() {
        Fill buy = fill("t3", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW);
        tracker.recordFill(buy);
        mid(125, "0.46"); // recorded ahead of time, as a replay might

        clock.set(NOW.plusSeconds(121)); // horizon passed, but the only later mid is in the future
        assertThat(tracker.markouts(buy.key()).get().markout(MarkoutHorizon.MINUTES_2)).isEmpty();

        clock.set(NOW.plusSeconds(125));
        assertThat(tracker.markouts(buy.key()).get().markout(MarkoutHorizon.MINUTES_2)).contains(bd("-0.040000"));
        assertThat(tracker.markouts(buy.key()).get().markout(MarkoutHorizon.MINUTES_10)).isEmpty();
    }

    @Test
    void snapshot_meanAndTStatOfTwoMinuteMakerMarkoutsInBps() {
        // Three maker BUYs @ 0.50, 2 min later mids 0.495, 0.49, 0.485 → −100, −200, −300 bps.
        // mean −200; stdev √((100² + 0 + 100²)/2) = 100; t = −200·√3/100 = −3.464102.
        for (int i = 0; i < 3; i++) {
            Instant t = NOW.plusSeconds(1000L * i);
            tracker.recordFill(fill("m" + i, Side.BUY, "0.50", 10, Liquidity.MAKER, t));
            tracker.recordMid(YES, t.plusSeconds(120), Price.parse(new String[] {"0.495", "0.49", "0.485"}[i]));
        }
        // Not counted: a taker fill, a failed fill, another market's fill, and a duplicate report.
        tracker.recordFill(fill("tk", Side.BUY, "0.50", 10, Liquidity.TAKER, NOW));
        Fill failed = fill("f", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW);
        tracker.recordFill(failed);
        tracker.recordFill(failed.withStatus(TradeStatus.FAILED));
        tracker.recordFill(fill("o", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW, TradeStatus.MATCHED,
                new ConditionId("0xother")));
        tracker.recordFill(fill("m0", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW).withStatus(TradeStatus.MINED));
        clock.set(NOW.plusSeconds(2200));

        MarkoutSnapshot s = tracker.snapshot(CONDITION);

        assertThat(s.makerFillCount()).isEqualTo(3);
        assertThat(s.meanMarkout2mBps()).isEqualByComparingTo("-200");
        assertThat(s.tStat2m().get()).isEqualByComparingTo("-3.464102");
        assertThat(tracker.statistics(CONDITION, Liquidity.MAKER, MarkoutHorizon.MINUTES_2).stdev().get())
                .isEqualByComparingTo("100");
    }

    @Test
    void fillsOlderThanTheWindow_leaveTheSnapshot() {
        tracker.recordFill(fill("old", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW));
        mid(-30, "0.50");
        mid(30, "0.51");
        mid(120, "0.49");
        clock.set(NOW.plus(Duration.ofMinutes(61))); // cutoff = t0 + 60 s

        assertThat(tracker.snapshot(CONDITION).makerFillCount()).isZero();
        tracker.prune();
        assertThat(tracker.fillCount()).isZero();
        // −30 s goes; +30 s stays as the mid in force at the cutoff; +120 s is inside the window.
        assertThat(tracker.midCount(YES)).isEqualTo(2);
    }

    @Test
    void eachMarketsRecentFills_inTheOrderReported_withoutFailedOrPrunedOnes() {
        ConditionId other = new ConditionId("0xother");
        tracker.recordFill(fill("a", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW));
        tracker.recordFill(fill("x", Side.BUY, "0.40", 10, Liquidity.MAKER, NOW, TradeStatus.MATCHED, other));
        tracker.recordFill(fill("b", Side.SELL, "0.52", 10, Liquidity.MAKER, NOW.plusSeconds(1)));
        Fill failing = fill("c", Side.BUY, "0.51", 10, Liquidity.MAKER, NOW.plusSeconds(2));
        tracker.recordFill(failing);
        tracker.recordFill(fill("a", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW).withStatus(TradeStatus.MINED));
        tracker.recordFill(failing.withStatus(TradeStatus.FAILED));
        Instant late = NOW.plus(Duration.ofMinutes(61));
        tracker.recordFill(fill("d", Side.BUY, "0.49", 10, Liquidity.MAKER, late));

        assertThat(tracker.recent(CONDITION)).extracting(m -> m.fill().key().tradeId().value())
                .containsExactly("a", "b", "d"); // a's second report keeps a's place; c failed
        assertThat(tracker.recent(other)).extracting(m -> m.fill().key().tradeId().value()).containsExactly("x");

        clock.set(late); // a, b and x are older than the window and past their last horizon
        tracker.prune();

        assertThat(tracker.fillCount(CONDITION)).isEqualTo(1);
        assertThat(tracker.fillCount(other)).isZero();
        assertThat(tracker.recent(CONDITION)).extracting(m -> m.fill().key().tradeId().value()).containsExactly("d");
    }

    @Test
    void oneFill_noTStat_identicalFills_noTStat() {
        tracker.recordFill(fill("a", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW));
        mid(120, "0.49");
        clock.set(NOW.plusSeconds(130));
        assertThat(tracker.snapshot(CONDITION).tStat2m()).isEmpty();

        tracker.recordFill(fill("b", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW));
        assertThat(tracker.snapshot(CONDITION).makerFillCount()).isEqualTo(2);
        assertThat(tracker.snapshot(CONDITION).tStat2m()).isEmpty(); // both −200 bps: zero dispersion
    }

    @Test
    void referencePriceHook_marksAgainstHiddenFairValueInsteadOfMid() {
        // The hidden fair value is 0.45 throughout while the mid says 0.55: ground truth says the BUY @ 0.50
        // lost 0.05 a share, whatever the mid claims.
        ReferencePrice hidden = new ReferencePrice() {
            @Override
            public Optional<Price> firstBetween(TokenId token, Instant from, Instant until) {
                return from.isAfter(until) ? Optional.empty() : Optional.of(Price.parse("0.45"));
            }

            @Override
            public Optional<Price> latestAtOrBefore(TokenId token, Instant at) {
                return Optional.of(Price.parse("0.45"));
            }
        };
        MarkoutTracker truth = new MarkoutTracker(clock, Duration.ofHours(1), hidden);
        Fill buy = fill("h", Side.BUY, "0.50", 10, Liquidity.MAKER, NOW);
        truth.recordFill(buy);
        truth.recordMid(YES, NOW.plusSeconds(120), Price.parse("0.55"));
        clock.set(NOW.plusSeconds(120));

        assertThat(truth.markouts(buy.key()).get().markout(MarkoutHorizon.MINUTES_2)).contains(bd("-0.050000"));
        assertThat(truth.markouts(buy.key()).get().realizedSpread()).contains(bd("-0.050000"));
    }

    @Test
    void toxicity_gradedOnlyWithEnoughFillsAndNegativeMean() {
        MarkoutSnapshot adverse = new MarkoutSnapshot(CONDITION, 20, bd("-50"), Optional.of(bd("-3")), BigDecimal.ZERO);
        MarkoutSnapshot few = new MarkoutSnapshot(CONDITION, 19, bd("-50"), Optional.of(bd("-3")), BigDecimal.ZERO);
        MarkoutSnapshot good = new MarkoutSnapshot(CONDITION, 20, bd("10"), Optional.of(bd("1")), BigDecimal.ZERO);
        MarkoutSnapshot awful = new MarkoutSnapshot(CONDITION, 20, bd("-300"), Optional.of(bd("-5")), BigDecimal.ZERO);

        // −(−50)/100 = 0.5; fewer than 20 fills → 0; positive → 0; −(−300)/100 = 3 → capped at 1.
        assertThat(Toxicity.of(adverse, 20, bd("100"))).isEqualByComparingTo("0.5");
        assertThat(Toxicity.of(few, 20, bd("100"))).isEqualByComparingTo("0");
        assertThat(Toxicity.of(good, 20, bd("100"))).isEqualByComparingTo("0");
        assertThat(Toxicity.of(awful, 20, bd("100"))).isEqualByComparingTo("1");
    }
}
