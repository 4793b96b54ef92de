package astra.routes;

/** The queues between Astra's threads, in one place so that routes and producers agree. */
public final class Endpoints {
    /** Raw market-channel frames and publish ticks, consumed by the one thread that owns the books. */
    public static final String MARKET_FEED = "seda:market-feed?size=20000&blockWhenFull=true";
    /** Raw user-channel frames. */
    public static final String USER_FEED = "seda:user-feed?size=5000&blockWhenFull=true";
    /** Book snapshots and fills for the decision thread (the KieSession's owner). */
    public static final String DECISIONS = "seda:decisions?size=1000&blockWhenFull=true";
    /** Commands for the executor's sender (submit, cancel, reconcile, cancel-all). */
    public static final String EXECUTOR = "seda:executor?size=1000&blockWhenFull=true";
    /** Where every failed exchange ends. */
    public static final String DEAD_LETTER = "direct:dead-letter";

    private Endpoints() {}
}
