package astra.strategy.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuoteabilityScorerTest {

    private static final ConditionId M = new ConditionId("0xm");
    private static final Optional<RewardTerms> REWARDS =
            Optional.of(new RewardTerms(Shares.whole(20), new BigDecimal("0.035")));

    private final QuoteabilityScorer scorer = QuoteabilityScorer.withDefaults();

    private static QuoteabilityInputs inputs(String spread, String depthUsd, String churn, String vol, Duration ttc,
            Optional<RewardTerms> rewards, long ourSize, String ourHalfSpread) {
        return new QuoteabilityInputs(M, new BigDecimal(spread), Usd.parse(depthUsd), new BigDecimal(churn),
                new BigDecimal(vol), ttc, rewards, Shares.whole(ourSize), new BigDecimal(ourHalfSpread));
    }

    @Test
    void workedExample_weightedMeanOfComponents() {
        // spread 0.02/0.04 = 0.5; depth 250/500 = 0.5; churn (165 − 30)/(300 − 30) = 0.5 → 1 − 0.5 = 0.5;
        // volatility 1 − 0.005/0.02 = 0.75; 10 days is in the sweet spot [3, 30] days → 1;
        // rewards: 20 ≥ 20 and 0.02 ≤ 0.035 → 1.
        // score = 0.25·0.5 + 0.15·0.5 + 0.15·0.5 + 0.15·0.75 + 0.20·1 + 0.10·1 = 0.6875.
        QuoteabilityScore s = scorer.score(inputs("0.02", "250", "165", "0.005", Duration.ofDays(10), REWARDS, 20,
                "0.02"));

        assertThat(s.spread()).isEqualByComparingTo("0.5");
        assertThat(s.depth()).isEqualByComparingTo("0.5");
        assertThat(s.churn()).isEqualByComparingTo("0.5");
        assertThat(s.volatility()).isEqualByComparingTo("0.75");
        assertThat(s.timeToClose()).isEqualByComparingTo("1");
        assertThat(s.rewards()).isEqualByComparingTo("1");
        assertThat(s.score()).isEqualByComparingTo("0.6875");
    }

    @Test
    void widerSpread_scoresHigher_untilSaturation() {
        BigDecimal narrow = scorer.score(inputs("0.01", "250", "10", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02")).score();
        BigDecimal wide = scorer.score(inputs("0.03", "250", "10", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02")).score();
        BigDecimal wider = scorer.score(inputs("0.09", "250", "10", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02")).score();
        BigDecimal saturated = scorer.score(inputs("0.04", "250", "10", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02")).score();

        assertThat(wide).isGreaterThan(narrow);
        assertThat(wider).isEqualByComparingTo(saturated);
    }

    @Test
    void veryHighChurn_scoresZeroOnChurn() {
        assertThat(scorer.score(inputs("0.02", "250", "1000", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02"))
                .churn()).isEqualByComparingTo("0");
        assertThat(scorer.score(inputs("0.02", "250", "30", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02"))
                .churn()).isEqualByComparingTo("1");
    }

    @Test
    void timeToClose_zeroWhenTooClose_rampsUp_flat_thenFallsToFloor() {
        // 6 h → 0; 36 h: (36 − 6)/(72 − 6) = 30/66 = 0.454545; 105 d: 1 − 0.75·(75/150) = 0.625; 365 d → 0.25.
        assertThat(time(Duration.ofHours(6))).isEqualByComparingTo("0");
        assertThat(time(Duration.ofHours(36))).isEqualByComparingTo("0.454545");
        assertThat(time(Duration.ofDays(3))).isEqualByComparingTo("1");
        assertThat(time(Duration.ofDays(105))).isEqualByComparingTo("0.625");
        assertThat(time(Duration.ofDays(365))).isEqualByComparingTo("0.25");
    }

    private BigDecimal time(Duration ttc) {
        return scorer.score(inputs("0.02", "250", "10", "0", ttc, Optional.empty(), 20, "0.02")).timeToClose();
    }

    @Test
    void rewards_halfCreditWhenOnlyOneConditionMet_noneWithoutRewards() {
        // size 10 < 20 but half-spread 0.02 ≤ 0.035: one of two conditions → 0.5.
        assertThat(scorer.score(inputs("0.02", "250", "10", "0", Duration.ofDays(10), REWARDS, 10, "0.02")).rewards())
                .isEqualByComparingTo("0.5");
        assertThat(scorer.score(inputs("0.02", "250", "10", "0", Duration.ofDays(10), REWARDS, 10, "0.04")).rewards())
                .isEqualByComparingTo("0");
        assertThat(scorer.score(inputs("0.02", "250", "10", "0", Duration.ofDays(10), Optional.empty(), 20, "0.02"))
                .rewards()).isEqualByComparingTo("0");
    }

    @Test
    void extremes_boundedByZeroAndOne() {
        assertThat(scorer.score(inputs("0.5", "100000", "0", "0", Duration.ofDays(10), REWARDS, 100, "0")).score())
                .isEqualByComparingTo("1");
        assertThat(scorer.score(inputs("0", "0", "100000", "0.9", Duration.ZERO, Optional.empty(), 1, "0.5")).score())
                .isEqualByComparingTo("0");
    }

    @Test
    void negativeInput_refused() {
        assertThatThrownBy(() -> inputs("-0.01", "0", "0", "0", Duration.ZERO, Optional.empty(), 1, "0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("quotedSpread");
    }
}
