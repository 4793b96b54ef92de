package astra.facts;

import java.time.Duration;
import java.time.Instant;

/**
 * What the rules know about one market at a decision cycle: its book summary, its feed's health
 * and its three clocks. Prices and sizes are millionths; {@link #NONE} marks an absent value (an
 * empty side, no mid). Times are epoch milliseconds so the record stays flat for Compact
 * serialization.
 */
public record MarketFacts(
        String market,
        String cluster,
        boolean negRisk,
        long tickMicros,
        long bestBidMicros,
        long bestAskMicros,
        long midMicros,
        long bidDepthMicros,
        long askDepthMicros,
        long bookUpdatesPerMinute,
        long lastMarketDataAtMillis,
        boolean marketFeedConnected,
        long closesAtMillis,
        long expectedProposalAtMillis,
        long challengeWindowStartsAtMillis,
        long observedAtMillis) {

    public static final long NONE = -1;

    public boolean twoSided() {
        return bestBidMicros != NONE && bestAskMicros != NONE;
    }

    /** Spread in millionths, or {@link #NONE} when a side is empty. */
    public long spreadMicros() {
        return twoSided() ? bestAskMicros - bestBidMicros : NONE;
    }

    /** Age of the newest market data at the time the facts were observed (staleness by data, not socket). */
    public Duration marketDataAge() {
        return Duration.ofMillis(Math.max(0, observedAtMillis - lastMarketDataAtMillis));
    }

    public Duration timeToClose() {
        return nonNegative(closesAtMillis - observedAtMillis);
    }

    public Duration timeToExpectedProposal() {
        return nonNegative(expectedProposalAtMillis - observedAtMillis);
    }

    public Duration timeToChallengeWindow() {
        return nonNegative(challengeWindowStartsAtMillis - observedAtMillis);
    }

    public Instant observedAt() {
        return Instant.ofEpochMilli(observedAtMillis);
    }

    private static Duration nonNegative(long millis) {
        return Duration.ofMillis(Math.max(0, millis));
    }
}
