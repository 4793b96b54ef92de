package astra.strategy.markout;

import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.time.VirtualClock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** A tracker pruned as the decision loop prunes it keeps the window's fills and mids, not the session's. */
class MarkoutPruningTest {
    private static final Duration WINDOW = Duration.ofHours(1);
    private static final Duration CYCLE = Duration.ofMillis(250);

    private final VirtualClock clock = new VirtualClock(NOW);

    private static Fill makerFill(int n, long priceMicros, java.time.Instant time) {
        OrderId order = new OrderId("0xorder-" + n);
        return new Fill(FillKey.maker(new TradeId("t" + n), order), order, CONDITION, YES,
                n % 2 == 0 ? Side.BUY : Side.SELL, new Price(priceMicros), Shares.whole(10), Liquidity.MAKER, Usd.ZERO,
                TradeStatus.MATCHED, time);
    }

    @Test
    void threeHoursPrunedEveryMinute_keepOnlyTheWindowsFillsAndMids_andEverySnapshotAsUnpruned() {
        MarkoutTracker pruned = new MarkoutTracker(clock, WINDOW);
        MarkoutTracker unpruned = new MarkoutTracker(clock, WINDOW);
        Random random = new Random(7);
        long mid = 500_000;
        int fills = 0;
        int cycles = (int) (Duration.ofHours(3).toMillis() / CYCLE.toMillis());
        for (int c = 0; c < cycles; c++) {
            clock.advance(CYCLE);
            if (random.nextInt(8) == 0) {
                mid = Math.max(10_000, Math.min(990_000, mid + 10_000L * (random.nextInt(3) - 1)));
            }
            for (MarkoutTracker t : List.of(pruned, unpruned)) {
                t.recordMid(YES, clock.instant(), new Price(mid));
                t.recordMid(NO, clock.instant(), new Price(1_000_000 - mid));
            }
            if (c % 120 == 0) { // a maker fill every 30 s
                Fill f = makerFill(fills++, mid, clock.instant().minusMillis(random.nextInt(2_000)));
                pruned.recordFill(f);
                unpruned.recordFill(f);
            }
            pruned.pruneIfDue();
            if (c % 400 == 0) {
                assertThat(pruned.snapshot(CONDITION)).as("cycle %d", c).isEqualTo(unpruned.snapshot(CONDITION));
            }
        }
        // The window's fills (one every 30 s for an hour) and up to a minute's more before a prune.
        assertThat(unpruned.fillCount()).isEqualTo(fills);
        assertThat(pruned.fillCount()).isBetween(120, 122);
        // Mids back to the oldest kept fill: an hour and a minute of cycles at most, not three hours.
        int perHour = (int) (Duration.ofHours(1).toMillis() / CYCLE.toMillis());
        assertThat(unpruned.midInstants()).isEqualTo(cycles);
        assertThat(pruned.midInstants()).isBetween(perHour, perHour + 2 * 240 + 10);
        assertThat(pruned.midCount(YES)).isEqualTo(pruned.midInstants());
    }

    @Test
    void aMarketWhoseFillsAreAllPruned_noLongerKeepsItsSums() {
        MarkoutTracker tracker = new MarkoutTracker(clock, WINDOW);
        tracker.recordMid(YES, clock.instant(), new Price(500_000));
        tracker.recordFill(makerFill(1, 500_000, clock.instant()));
        clock.advance(Duration.ofMinutes(3));
        tracker.recordMid(YES, clock.instant(), new Price(480_000));
        assertThat(tracker.snapshot(CONDITION).makerFillCount()).isEqualTo(1);
        assertThat(tracker.marketsSummed()).isEqualTo(1);

        clock.advance(WINDOW); // the fill left the window, and its last horizon passed
        tracker.prune();

        assertThat(tracker.marketsSummed()).isZero();
        assertThat(tracker.snapshot(CONDITION).makerFillCount()).isZero();
    }

    @Test
    void pruneIfDue_prunesOnceAMinuteFromTheFirstCall() {
        MarkoutTracker tracker = new MarkoutTracker(clock, WINDOW);
        assertThat(tracker.pruneIfDue()).isFalse();
        clock.advance(MarkoutTracker.PRUNE_EVERY.minusMillis(1));
        assertThat(tracker.pruneIfDue()).isFalse();
        clock.advance(Duration.ofMillis(1));
        assertThat(tracker.pruneIfDue()).isTrue();
        assertThat(tracker.pruneIfDue()).isFalse();
        clock.advance(MarkoutTracker.PRUNE_EVERY);
        assertThat(tracker.pruneIfDue()).isTrue();
    }
}
