package astra.facts;

import java.time.Duration;
import java.time.Instant;

/**
 * What the rules know about one market at a decision cycle: its book summary, its feed's health
 * and its three clocks. Prices and sizes are millionths; {@link #NONE} marks an absent value (an
 * empty side, no mid). Times are epoch milliseconds so the record stays flat for Compact
 * serialization. The fact store keeps a market's facts as of their last change (its
 * {@code observedAtMillis} is then that change's); a cycle reads them stamped with its own instant
 * ({@link #withObservedAtMillis}), from which the clocks and the data age are counted.
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

    /** The same facts observed at another instant. */
    public MarketFacts withObservedAtMillis(long millis) {
        return millis == observedAtMillis ? this : new MarketFacts(market, cluster, negRisk, tickMicros, bestBidMicros,
                bestAskMicros, midMicros, bidDepthMicros, askDepthMicros, bookUpdatesPerMinute, lastMarketDataAtMillis,
                marketFeedConnected, closesAtMillis, expectedProposalAtMillis, challengeWindowStartsAtMillis, millis);
    }

    /** Whether the two say the same but for when they were observed. */
    public static boolean sameButWhenObserved(MarketFacts a, MarketFacts b) {
        return a.withObservedAtMillis(b.observedAtMillis).equals(b);
    }

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
