package astra.strategy.markout;

import static astra.strategy.StrategyFixtures.NOW;
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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A market's markout snapshot, kept as sums between cycles, is always the one computing it afresh would give. */
class MarkoutSnapshotKeptTest {
    private static final Duration WINDOW = Duration.ofMinutes(10);
    private static final ConditionId A = new ConditionId("0xa");
    private static final ConditionId B = new ConditionId("0xb");
    private static final TokenId A_YES = new TokenId("1001");
    private static final TokenId B_YES = new TokenId("2001");

    /** A clock the test sets, backwards too (a wall clock can be stepped back). */
    private static final class SetClock extends Clock {
        Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final SetClock clock = new SetClock();
    private final MarkoutTracker tracker = new MarkoutTracker(clock, WINDOW);

    private static Fill fill(int n, ConditionId market, TokenId token, Liquidity liquidity, long priceMicros,
            Instant time, TradeStatus status) {
        OrderId order = new OrderId("0xorder-" + n);
        FillKey key = liquidity == Liquidity.MAKER ? FillKey.maker(new TradeId("t" + n), order)
                : FillKey.taker(new TradeId("t" + n));
        return new Fill(key, order, market, token, n % 3 == 0 ? Side.SELL : Side.BUY, new Price(priceMicros),
                Shares.whole(5 + n % 7), liquidity, Usd.ZERO, status, time);
    }

    private static Fill reported(Fill f, TradeStatus status, long priceMicros, Instant time) {
        return new Fill(f.key(), f.orderId(), f.market(), f.token(), f.side(), new Price(priceMicros), f.size(),
                f.liquidity(), f.fee(), status, time);
    }

    @Test
    void everyAnswerIsTheFreshOneThroughFillsReportsMidsRewritesPrunesAndTheWindow() {
        Random random = new Random(20261127);
        List<Fill> recorded = new ArrayList<>();
        int kept = 0;
        for (int step = 0; step < 20_000; step++) {
            int what = random.nextInt(100);
            if (what < 70) {
                clock.now = clock.now.plusMillis(250 + random.nextInt(20_000));
            } else if (what < 71) {
                clock.now = clock.now.minusMillis(random.nextInt(5_000)); // stepped back
            }
            for (TokenId token : List.of(A_YES, B_YES)) {
                int how = random.nextInt(100);
                Instant at = how < 90 ? clock.now
                        : how < 95 ? clock.now.minusMillis(random.nextInt(60_000)) // out of order
                        : clock.now.plusMillis(0); // the same instant again below
                tracker.recordMid(token, at, new Price(400_000 + random.nextInt(200_000)));
                if (how >= 95) {
                    tracker.recordMid(token, at, new Price(400_000 + random.nextInt(200_000)));
                }
            }
            if (random.nextInt(100) < 8) {
                boolean a = random.nextBoolean();
                Fill f = fill(step, a ? A : B, a ? A_YES : B_YES,
                        random.nextInt(100) < 80 ? Liquidity.MAKER : Liquidity.TAKER, 300_000 + random.nextInt(400_000),
                        clock.now.minusMillis(random.nextInt(30_000)), TradeStatus.MATCHED);
                tracker.recordFill(f);
                recorded.add(f);
            }
            if (!recorded.isEmpty() && random.nextInt(100) < 1) { // a trade reported FAILED: it never happened
                Fill gone = recorded.remove(random.nextInt(recorded.size()));
                tracker.recordFill(reported(gone, TradeStatus.FAILED, gone.price().micros(), gone.time()));
            }
            if (!recorded.isEmpty() && random.nextInt(100) < 6) { // reported again: MINED, as it was
                int i = random.nextInt(recorded.size());
                Fill again = recorded.get(i);
                again = reported(again, TradeStatus.MINED, again.price().micros(), again.time());
                if (random.nextInt(4) == 0) { // or with another price and time than first reported
                    again = reported(again, TradeStatus.MINED, 300_000 + random.nextInt(400_000),
                            again.time().plusMillis(random.nextInt(60_000) - 30_000));
                }
                tracker.recordFill(again);
                recorded.set(i, again);
            }
            if (random.nextInt(100) < 2) {
                tracker.prune();
            }
            for (ConditionId market : List.of(A, B)) {
                MarkoutSnapshot first = tracker.snapshot(market);
                MarkoutSnapshot again = tracker.snapshot(market);
                assertThat(first).as("step %d, market %s", step, market).isEqualTo(tracker.computeSnapshot(market));
                if (again == first) {
                    kept++;
                }
            }
        }
        // The test means something only if many answers were kept ones.
        assertThat(kept).isGreaterThan(10_000);
    }

    @Test
    void aSettledSnapshotIsGivenAgainUntilItsOldestFillLeavesTheWindow() {
        Fill f = fill(1, A, A_YES, Liquidity.MAKER, 500_000, NOW, TradeStatus.MATCHED);
        tracker.recordFill(f);
        tracker.recordMid(A_YES, NOW.minusSeconds(1), new Price(510_000));
        tracker.recordMid(A_YES, NOW.plusSeconds(121), new Price(480_000));
        clock.now = NOW.plusSeconds(130);
        MarkoutSnapshot settled = tracker.snapshot(A);
        assertThat(settled.makerFillCount()).isEqualTo(1);

        clock.now = NOW.plus(WINDOW);
        assertThat(tracker.snapshot(A)).isSameAs(settled);

        clock.now = NOW.plus(WINDOW).plusMillis(1);
        assertThat(tracker.snapshot(A).makerFillCount()).isZero();
    }

    @Test
    void aSnapshotWaitingForATwoMinuteMarkoutIsKeptOnlyUntilTheHorizon() {
        tracker.recordFill(fill(1, A, A_YES, Liquidity.MAKER, 500_000, NOW, TradeStatus.MATCHED));
        tracker.recordMid(A_YES, NOW, new Price(500_000));
        clock.now = NOW.plusSeconds(60);
        MarkoutSnapshot waiting = tracker.snapshot(A);
        assertThat(waiting.makerFillCount()).isZero();
        clock.now = NOW.plusSeconds(120).minusNanos(1);
        assertThat(tracker.snapshot(A)).isSameAs(waiting);

        clock.now = NOW.plusSeconds(120);
        tracker.recordMid(A_YES, NOW.plusSeconds(120), new Price(450_000));
        assertThat(tracker.snapshot(A).makerFillCount()).isEqualTo(1);
    }

    /** A maker buy at 0.50 at {@code NOW}, the mid 0.50 then and 0.45 at its two-minute horizon. */
    private Fill aMakerFillAtNowWithMidsAtItAndItsHorizon() {
        Fill f = fill(1, A, A_YES, Liquidity.MAKER, 500_000, NOW, TradeStatus.MATCHED);
        tracker.recordFill(f);
        tracker.recordMid(A_YES, NOW, new Price(500_000));
        tracker.recordMid(A_YES, NOW.plusSeconds(120), new Price(450_000));
        return f;
    }

    @Test
    void theClockSteppedBack_unsettlesAMarkoutBeforeItsHorizon_andBringsBackAFillThatHadLeft() {
        aMakerFillAtNowWithMidsAtItAndItsHorizon();
        clock.now = NOW.plusSeconds(121);
        assertThat(tracker.snapshot(A).makerFillCount()).isEqualTo(1);

        clock.now = NOW.plusSeconds(119); // before the horizon again: no point is between it and now
        assertThat(tracker.snapshot(A).makerFillCount()).isZero();

        clock.now = NOW.plus(WINDOW).plusSeconds(1);
        assertThat(tracker.snapshot(A).makerFillCount()).isZero(); // the fill left the window
        clock.now = NOW.plus(WINDOW);
        assertThat(tracker.snapshot(A).makerFillCount()).isEqualTo(1);
        assertThat(tracker.snapshot(A)).isEqualTo(tracker.computeSnapshot(A));
    }

    @Test
    void aFillReportedAgainWithAnotherPrice_countsOnceAtTheNewPrice() {
        Fill first = aMakerFillAtNowWithMidsAtItAndItsHorizon();
        clock.now = NOW.plusSeconds(130);
        MarkoutSnapshot before = tracker.snapshot(A);

        tracker.recordFill(reported(first, TradeStatus.MINED, 400_000, NOW));

        MarkoutSnapshot after = tracker.snapshot(A);
        assertThat(after.makerFillCount()).isEqualTo(1);
        assertThat(after.meanMarkout2mBps()).isNotEqualTo(before.meanMarkout2mBps());
        assertThat(after).isEqualTo(tracker.computeSnapshot(A));
    }

    @Test
    void aFillPrunedThenReportedAgain_beforeTheNextSnapshot_countsNoMore() {
        Fill f = aMakerFillAtNowWithMidsAtItAndItsHorizon();
        clock.now = NOW.plusSeconds(130);
        assertThat(tracker.snapshot(A).makerFillCount()).isEqualTo(1);

        clock.now = NOW.plus(WINDOW).plusSeconds(1); // out of the window, its last horizon passed
        // A later fill keeps the market among those with fills, so the prune keeps its sums.
        tracker.recordFill(fill(2, A, A_YES, Liquidity.TAKER, 500_000, clock.now, TradeStatus.MATCHED));
        tracker.prune();
        tracker.recordFill(reported(f, TradeStatus.MINED, f.price().micros(), f.time()));

        assertThat(tracker.snapshot(A).makerFillCount()).isZero();
        assertThat(tracker.snapshot(A)).isEqualTo(tracker.computeSnapshot(A));
    }

    @Test
    void aMidRecordedAgainAtAnInstantAlreadyUsedIsSeen() {
        aMakerFillAtNowWithMidsAtItAndItsHorizon();
        clock.now = NOW.plusSeconds(130);
        MarkoutSnapshot before = tracker.snapshot(A);

        tracker.recordMid(A_YES, NOW.plusSeconds(120), new Price(550_000)); // the later recording wins

        assertThat(tracker.snapshot(A).meanMarkout2mBps()).isNotEqualTo(before.meanMarkout2mBps());
    }
}
