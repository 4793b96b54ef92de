package astra.rules;

import static astra.rules.MarketFactsBuilder.market;
import static org.assertj.core.api.Assertions.assertThat;

import astra.facts.MarketFacts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class QuoteabilityScorerTest {
    private final QuoteabilityScorer scorer = new QuoteabilityScorer();

    @Test
    void healthyMarketTwoDaysOut_scoresTheMeanOfItsFourParts() {
        // spread 0.03 / (5 x 0.01) = 0.6; depth 800 / 1,000 shares = 0.8; calm 1 - 30/600 = 0.95;
        // horizon 2 d / 7 d = 0.285714285714; mean 2.635714285714 / 4 = 0.65892857 -> 0.6589.
        assertThat(scorer.score(market("0xa").build()).score()).isEqualByComparingTo("0.6589");
    }

    @Test
    void aMarketFarBeyondTheHorizon_getsHalfTheHorizonPart() {
        // horizon capped at 1, halved beyond 90 d: 0.5; mean (0.6 + 0.8 + 0.95 + 0.5) / 4 = 0.7125.
        assertThat(scorer.score(market("0xa").closingIn(Duration.ofDays(100)).build()).score())
                .isEqualByComparingTo("0.7125");
    }

    @Test
    void aClosedMarket_losesItsHorizonPart() {
        // (0.6 + 0.8 + 0.95 + 0) / 4 = 0.5875.
        assertThat(scorer.score(market("0xa").closingIn(Duration.ZERO).build()).score())
                .isEqualByComparingTo("0.5875");
    }

    @Test
    void theScoreCountedInWholeNumbers_equalsTheDecimalComputation_onEdgesAndRandomMarkets() {
        long day = Duration.ofDays(1).toMillis();
        long[] ticks = {1_000, 10_000, 100_000};
        long[] spreads = {-20_000, 0, 1, 9_999, 10_000, 25_000, 49_999, 50_000, 50_001, 333_333, 999_000};
        long[] depths = {0, 1, 499_999_999, 500_000_000, 999_999_999, 1_000_000_000, 7_777_777_777L};
        long[] churns = {0, 1, 7, 299, 300, 599, 600, 601, 100_000};
        long[] toClose = {0, 1, 7 * day - 1, 7 * day, 7 * day + 1, 90 * day, 90 * day + 1, 400 * day};
        int checked = 0;
        for (long tick : ticks) {
            for (long spread : spreads) {
                for (long depth : depths) {
                    for (long churn : churns) {
                        for (long left : toClose) {
                            assertSameAsDecimals(facts(tick, spread, depth, depth / 3, churn, left));
                            checked++;
                        }
                    }
                }
            }
        }
        Random random = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long tick = ticks[random.nextInt(ticks.length)];
            assertSameAsDecimals(facts(tick, random.nextInt(12 * (int) tick), random.nextInt(800_000_000),
                    random.nextInt(800_000_000), random.nextInt(700), (long) (random.nextDouble() * 120 * day)));
            checked++;
        }
        assertThat(checked).isGreaterThan(200_000);
    }

    private void assertSameAsDecimals(MarketFacts market) {
        BigDecimal expected = byDecimals(market);
        BigDecimal actual = scorer.score(market).score();
        assertThat(actual).as("%s", market).isEqualTo(expected); // equal in value and in scale
    }

    private static MarketFacts facts(long tick, long spread, long bidDepth, long askDepth, long churn, long toClose) {
        long now = RulesTestSupport.CLOCK.instant().toEpochMilli();
        long bid = 400_000;
        return new MarketFacts("0xa", "c", false, tick, bid, bid + spread, bid + spread / 2, bidDepth, askDepth,
                churn, now - 1_000, true, now + toClose, now + toClose, now + toClose, now);
    }

    /** The scorer's decimal computation as it was before it counted in longs (copied: the reference). */
    private static BigDecimal byDecimals(MarketFacts market) {
        if (!market.twoSided() || market.tickMicros() <= 0) {
            return BigDecimal.ZERO.setScale(4);
        }
        BigDecimal spread = capped(ratio(market.spreadMicros(), market.tickMicros() * 5));
        BigDecimal depth = capped(ratio(market.bidDepthMicros() + market.askDepthMicros(), 1_000_000_000L));
        BigDecimal calm = BigDecimal.ONE.subtract(capped(ratio(market.bookUpdatesPerMinute(), 600)));
        Duration left = market.timeToClose();
        BigDecimal near = capped(ratio(left.toMillis(), Duration.ofDays(7).toMillis()));
        BigDecimal horizon = left.compareTo(Duration.ofDays(90)) > 0 ? near.divide(BigDecimal.valueOf(2)) : near;
        return spread.add(depth).add(calm).add(horizon).divide(BigDecimal.valueOf(4), 4, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal ratio(long numerator, long denominator) {
        return BigDecimal.valueOf(Math.max(0, numerator)).divide(BigDecimal.valueOf(denominator), 12,
                RoundingMode.HALF_EVEN);
    }

    private static BigDecimal capped(BigDecimal value) {
        return value.min(BigDecimal.ONE);
    }
}
