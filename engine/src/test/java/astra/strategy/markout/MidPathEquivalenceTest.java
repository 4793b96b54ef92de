package astra.strategy.markout;

import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The compact mid path answers every lookup exactly as the one-entry-per-recording path did, on
 * random recording sequences: cycles recording every token at one instant, mostly unchanged mids,
 * tokens missing from some cycles, the same instant recorded twice, recordings out of time order,
 * and prunes in between.
 */
class MidPathEquivalenceTest {
    private static final TokenId QUIET = new TokenId("333");
    private static final List<TokenId> TOKENS = List.of(YES, NO, QUIET);
    private static final TokenId NEVER_RECORDED = new TokenId("444");
    private static final List<Price> MIDS = List.of(Price.parse("0.40"), Price.parse("0.41"), Price.parse("0.55"));

    @Test
    void randomRecordingsAndPrunes_answerLikeTheMapPerRecording() {
        for (int seed = 0; seed < 150; seed++) {
            Random random = new Random(seed);
            MidPath compact = new MidPath();
            TreeMapMidPath reference = new TreeMapMidPath();
            List<Instant> seen = new ArrayList<>();
            Instant cycle = NOW;
            for (int step = 0; step < 150; step++) {
                int op = random.nextInt(100);
                if (op < 70) { // a decision cycle: every present token at one instant, mid mostly unchanged
                    cycle = cycle.plusMillis(250L * (1 + random.nextInt(random.nextInt(10) == 0 ? 40 : 1)));
                    seen.add(cycle);
                    for (TokenId token : TOKENS) {
                        if (random.nextInt(10) < 8) {
                            Price mid = midFor(token, random);
                            if (random.nextBoolean()) { // as the maker loop records: through the token's slot
                                compact.record(compact.slot(token), cycle, mid);
                            } else {
                                compact.record(token, cycle, mid);
                            }
                            reference.record(token, cycle, mid);
                        }
                    }
                    compact.slot(NEVER_RECORDED); // a slot asked for and never recorded through
                } else if (op < 80) { // the same instant recorded again: the later one wins
                    TokenId token = TOKENS.get(random.nextInt(TOKENS.size()));
                    Price mid = MIDS.get(random.nextInt(MIDS.size()));
                    compact.record(token, cycle, mid);
                    reference.record(token, cycle, mid);
                } else if (op < 88) { // out of time order: before or between earlier cycles
                    TokenId token = TOKENS.get(random.nextInt(TOKENS.size()));
                    Instant at = cycle.minusMillis(random.nextInt(20_000));
                    Price mid = MIDS.get(random.nextInt(MIDS.size()));
                    compact.record(token, at, mid);
                    reference.record(token, at, mid);
                    seen.add(at);
                } else if (op < 93) {
                    Instant cutoff = cycle.minusMillis(random.nextInt(30_000));
                    compact.pruneBefore(cutoff);
                    reference.pruneBefore(cutoff);
                }
                assertSameAnswers(compact, reference, seen, cycle, random, seed);
            }
        }
    }

    @Test
    void aTokensSlot_isTheSameEveryTime_andAnotherPathsSlotIsRefused() {
        MidPath path = new MidPath();
        MidPath.Slot slot = path.slot(YES);
        assertThat(path.slot(YES)).isSameAs(slot);
        assertThat(path.latestAtOrBefore(YES, NOW)).as("asked for, never recorded").isEmpty();
        path.record(slot, NOW, MIDS.get(1));
        assertThat(path.latestAtOrBefore(YES, NOW)).contains(MIDS.get(1));
        assertThatThrownBy(() -> new MidPath().record(slot, NOW, MIDS.get(0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void randomFillsAndMids_giveTheTrackerTheSameMarkoutsAndSnapshots() {
        for (int seed = 0; seed < 15; seed++) {
            Random random = new Random(seed);
            VirtualClock clock = new VirtualClock(NOW);
            TreeMapMidPath reference = new TreeMapMidPath();
            MarkoutTracker compact = new MarkoutTracker(clock, Duration.ofMinutes(30));
            MarkoutTracker before = new MarkoutTracker(clock, Duration.ofMinutes(30), reference);
            List<FillKey> keys = new ArrayList<>();
            for (int step = 0; step < 4_000; step++) {
                clock.advance(Duration.ofMillis(250));
                Instant now = clock.instant();
                for (TokenId token : List.of(YES, NO)) {
                    Price mid = midFor(token, random);
                    compact.recordMid(token, now, mid);
                    reference.record(token, now, mid);
                }
                if (random.nextInt(60) == 0) {
                    Fill f = fill("t" + step, random, now.minusMillis(random.nextInt(5_000)));
                    compact.recordFill(f);
                    before.recordFill(f);
                    keys.add(f.key());
                }
                if (step % 97 == 0) {
                    for (FillKey key : keys) {
                        assertThat(compact.markouts(key)).as("seed %d fill %s", seed, key).isEqualTo(before.markouts(key));
                    }
                    assertThat(compact.snapshot(CONDITION)).as("seed %d step %d", seed, step)
                            .isEqualTo(before.snapshot(CONDITION));
                }
            }
        }
    }

    /** A mid that mostly stays, now and then moves; QUIET almost never moves. */
    private static Price midFor(TokenId token, Random random) {
        int moves = token.equals(QUIET) ? 1_000 : 8;
        return random.nextInt(moves) == 0 ? MIDS.get(random.nextInt(MIDS.size())) : MIDS.get(0);
    }

    private static Fill fill(String trade, Random random, Instant time) {
        OrderId order = new OrderId("0xorder-" + trade);
        boolean maker = random.nextBoolean();
        FillKey key = maker ? FillKey.maker(new TradeId(trade), order) : FillKey.taker(new TradeId(trade));
        TokenId token = random.nextBoolean() ? YES : NO;
        return new Fill(key, order, CONDITION, token, random.nextBoolean() ? Side.BUY : Side.SELL,
                Price.parse(random.nextBoolean() ? "0.40" : "0.45"), Shares.whole(1 + random.nextInt(20)),
                maker ? Liquidity.MAKER : Liquidity.TAKER, Usd.ZERO, TradeStatus.MATCHED, time);
    }

    private static void assertSameAnswers(MidPath compact, TreeMapMidPath reference, List<Instant> seen, Instant last,
            Random random, int seed) {
        List<Instant> probes = new ArrayList<>();
        for (int i = 0; i < 6 && !seen.isEmpty(); i++) {
            Instant s = seen.get(random.nextInt(seen.size()));
            probes.add(s);
            probes.add(s.plusMillis(1));
            probes.add(s.minusMillis(1));
        }
        probes.add(last.plusSeconds(1));
        probes.add(NOW.minusSeconds(1));
        for (TokenId token : TOKENS) {
            assertThat(compact.size(token)).as("seed %d size of %s", seed, token).isEqualTo(reference.size(token));
            for (Instant from : probes) {
                assertThat(compact.latestAtOrBefore(token, from)).as("seed %d latest %s %s", seed, token, from)
                        .isEqualTo(reference.latestAtOrBefore(token, from));
                for (Instant until : List.of(from, from.plusMillis(250), from.plusSeconds(30), from.minusMillis(1),
                        probes.get(random.nextInt(probes.size())))) {
                    assertThat(compact.firstBetween(token, from, until))
                            .as("seed %d first %s [%s, %s]", seed, token, from, until)
                            .isEqualTo(reference.firstBetween(token, from, until));
                }
            }
        }
    }
}
