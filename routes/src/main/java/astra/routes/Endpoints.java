package astra.routes;

/** The queues between Astra's threads, in one place so that routes and producers agree. */
public final class Endpoints {
    /** Raw market-channel frames and publish ticks, queued for one feed thread that applies them in turn. */
    public static final String MARKET_FEED = "seda:market-feed?size=20000&blockWhenFull=true";
    /**
     * The same route run on the thread that hands a frame in (the socket's, for a frame), with no
     * queue between: the books are guarded by the feed's lock rather than owned by one thread.
     */
    public static final String MARKET_FEED_ON_CALLER = "direct:market-feed";
    /** Raw user-channel frames. */
    public static final String USER_FEED = "seda:user-feed?size=5000&blockWhenFull=true";
    /** Book snapshots and fills for the decision thread (the KieSession's owner). */
    public static final String DECISIONS = "seda:decisions?size=1000&blockWhenFull=true";
    /** Commands for the executor's sender (submit, cancel, reconcile, cancel-all). */
    public static final String EXECUTOR = "seda:executor?size=1000&blockWhenFull=true";
    /** Where every failed exchange ends. */
    public static final String DEAD_LETTER = "direct:dead-letter";

    /** The market feed's endpoint: {@link #MARKET_FEED_ON_CALLER} or the queue {@link #MARKET_FEED}. */
    public static String marketFeed(boolean onCallersThread) {
        return onCallersThread ? MARKET_FEED_ON_CALLER : MARKET_FEED;
    }

    private Endpoints() {}
}
