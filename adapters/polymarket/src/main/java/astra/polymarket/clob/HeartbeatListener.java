package astra.polymarket.clob;

/**
 * Told of each heartbeat's outcome, on the heartbeat thread. Once heartbeats have started, the
 * venue cancels all the account's orders when none arrives for 10 s, so a run of failures means
 * the orders may already be gone: a circuit breaker listening here should halt quoting (and
 * reconcile with the venue) rather than keep sending orders. Must not block.
 */
public interface HeartbeatListener {
    HeartbeatListener NONE = new HeartbeatListener() {
        @Override
        public void onFailure(int consecutiveFailures, long totalFailures, String reason) {}
    };

    /** A heartbeat was acknowledged; {@code heartbeatId} will be sent with the next one. */
    default void onBeat(String heartbeatId) {}

    /**
     * A heartbeat failed.
     *
     * @param consecutiveFailures failures since the last acknowledged heartbeat (1 for the first)
     * @param totalFailures failures since start
     */
    void onFailure(int consecutiveFailures, long totalFailures, String reason);
}
