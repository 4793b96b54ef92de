package astra.simulator.world;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The hidden truth: one score per market, moved each step by Gaussian diffusion and, at Poisson
 * times, a jump (news). A standalone market's fair probability is the logistic of its score; the
 * markets of a negRisk event share one softmax, so their probabilities always sum to 1.
 */
final class FairValueModel {
    /** Scores stay within ±5 (p within about [0.007, 0.993]) so prices stay quotable. */
    private static final double MAX_SCORE = 5.0;
    private static final double MILLIS_PER_HOUR = 3_600_000.0;

    private final List<WorldMarket> markets;
    private final double[] score;
    private final SplittableRandom random;
    private final ScenarioSettings settings;

    FairValueModel(List<WorldMarket> markets, ScenarioSettings settings, SplittableRandom random) {
        this.markets = markets;
        this.settings = settings;
        this.random = random;
        this.score = new double[markets.size()];
        for (WorldMarket m : markets) {
            score[m.index()] = m.negRisk() ? random.nextGaussian() * 0.8 : logit(random.nextDouble(0.15, 0.85));
        }
    }

    /** Moves every score by one step of {@code stepMillis}. */
    void step(long stepMillis) {
        double hours = stepMillis / MILLIS_PER_HOUR;
        double diffusion = settings.beliefVolPerSqrtHour() * Math.sqrt(hours);
        double jumpProbability = settings.jumpsPerHour() * hours;
        for (WorldMarket m : markets) {
            double dx = diffusion * random.nextGaussian();
            if (random.nextDouble() < jumpProbability) {
                dx += settings.jumpSizeLogit() * random.nextGaussian();
            }
            score[m.index()] = Math.max(-MAX_SCORE, Math.min(MAX_SCORE, score[m.index()] + dx));
        }
    }

    /** The hidden fair probability of the market's YES outcome. */
    double fair(WorldMarket market) {
        if (!market.negRisk()) {
            return 1.0 / (1.0 + Math.exp(-score[market.index()]));
        }
        double sum = 0;
        for (WorldMarket m : markets) {
            if (m.eventId().equals(market.eventId())) {
                sum += Math.exp(score[m.index()]);
            }
        }
        return Math.exp(score[market.index()]) / sum;
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
