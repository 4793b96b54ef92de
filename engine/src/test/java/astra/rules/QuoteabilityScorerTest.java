package astra.rules;

import static astra.rules.MarketFactsBuilder.market;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
}
