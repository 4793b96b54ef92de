package astra.runtime;

/** Asks the feed thread for a {@link MarketSnapshot}: the decision timer's message on the feed queue. */
public enum PublishTick {
    INSTANCE
}
