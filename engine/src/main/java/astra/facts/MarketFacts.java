package astra.facts;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the rules know about one market at a decision cycle: its book summary, its feed's health
 * and its three clocks. Prices and sizes are millionths; {@link #NONE} marks an absent value (an
 * empty side, no mid). Times are epoch milliseconds so the record stays flat for Compact
 * serialization. The fact store keeps a market's facts as of their last change (its
 * {@code observedAtMillis} is then that change's); a cycle reads them stamped with its own instant
 * and the market channel's latest data ({@link #stampedAt}), from which the clocks and the data age
 * are counted.
 *
 * <p>The market's data time is its own books' ({@code bookDataAtMillis}) or, while both its books
 * hold a snapshot and await none ({@code followsChannel}), the channel's latest data if newer: a
 * quiet market on a live channel is not stale, since its book would have changed had anything
 * happened. The channel's time moves every cycle for every market, so it is a stamp like the
 * observation instant, not a change of the market's facts.
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
        long bookDataAtMillis,
        boolean followsChannel,
        long channelDataAtMillis,
        boolean marketFeedConnected,
        long closesAtMillis,
        long expectedProposalAtMillis,
        long challengeWindowStartsAtMillis,
        long observedAtMillis) {

    public static final long NONE = -1;

    /** Facts whose data time is the market's own alone (they do not follow the channel's). */
    public MarketFacts(String market, String cluster, boolean negRisk, long tickMicros, long bestBidMicros,
            long bestAskMicros, long midMicros, long bidDepthMicros, long askDepthMicros, long bookUpdatesPerMinute,
            long lastMarketDataAtMillis, boolean marketFeedConnected, long closesAtMillis,
            long expectedProposalAtMillis, long challengeWindowStartsAtMillis, long observedAtMillis) {
        this(market, cluster, negRisk, tickMicros, bestBidMicros, bestAskMicros, midMicros, bidDepthMicros,
                askDepthMicros, bookUpdatesPerMinute, lastMarketDataAtMillis, false, NONE, marketFeedConnected,
                closesAtMillis, expectedProposalAtMillis, challengeWindowStartsAtMillis, observedAtMillis);
    }

    /** The same facts observed at {@code observedMillis}, when the channel's latest data was at {@code channelMillis}. */
    public MarketFacts stampedAt(long observedMillis, long channelMillis) {
        return observedMillis == observedAtMillis && channelMillis == channelDataAtMillis ? this
                : new MarketFacts(market, cluster, negRisk, tickMicros, bestBidMicros, bestAskMicros, midMicros,
                        bidDepthMicros, askDepthMicros, bookUpdatesPerMinute, bookDataAtMillis, followsChannel,
                        channelMillis, marketFeedConnected, closesAtMillis, expectedProposalAtMillis,
                        challengeWindowStartsAtMillis, observedMillis);
    }

    /**
     * Whether the two say the same but for their stamps: when they were observed, and the channel's
     * data time. The fact store asks this of every market every cycle.
     * {@code SameButWhenObservedTest} checks that each component but the two stamps counts.
     */
    public static boolean sameButWhenObserved(MarketFacts a, MarketFacts b) {
        return a.bookDataAtMillis == b.bookDataAtMillis && sameButTimes(a, b);
    }

    /**
     * Whether the two say the same but for their times: the stamps and the book's data time, which
     * is seen only through the data age. Every other component compared, written out: this is asked
     * of every market every cycle, and stamping a copy to compare allocated one each time.
     */
    public static boolean sameButTimes(MarketFacts a, MarketFacts b) {
        return a.tickMicros == b.tickMicros && a.bestBidMicros == b.bestBidMicros && a.bestAskMicros == b.bestAskMicros
                && a.midMicros == b.midMicros && a.bidDepthMicros == b.bidDepthMicros
                && a.askDepthMicros == b.askDepthMicros && a.bookUpdatesPerMinute == b.bookUpdatesPerMinute
                && a.followsChannel == b.followsChannel && a.marketFeedConnected == b.marketFeedConnected
                && a.closesAtMillis == b.closesAtMillis && a.expectedProposalAtMillis == b.expectedProposalAtMillis
                && a.challengeWindowStartsAtMillis == b.challengeWindowStartsAtMillis && a.negRisk == b.negRisk
                && Objects.equals(a.market, b.market) && Objects.equals(a.cluster, b.cluster);
    }

    /** When the market's data last changed, as its data age counts it (see the class notes). */
    public long lastMarketDataAtMillis() {
        return followsChannel ? Math.max(bookDataAtMillis, channelDataAtMillis) : bookDataAtMillis;
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
        return Duration.ofMillis(Math.max(0, observedAtMillis - lastMarketDataAtMillis()));
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

    /** When the market closes (a fixed fact: the rules' texts name it instead of a time left that moves). */
    public Instant closesAt() {
        return Instant.ofEpochMilli(closesAtMillis);
    }

    /** When a resolution proposal is expected. */
    public Instant expectedProposalAt() {
        return Instant.ofEpochMilli(expectedProposalAtMillis);
    }

    public Instant observedAt() {
        return Instant.ofEpochMilli(observedAtMillis);
    }

    private static Duration nonNegative(long millis) {
        return Duration.ofMillis(Math.max(0, millis));
    }
}
