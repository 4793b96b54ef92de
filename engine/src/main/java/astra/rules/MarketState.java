package astra.rules;

/**
 * A market's trading state, decided by {@code market-state.drl} from time to close (never "hours
 * to expiry") and from the circuit breakers. Ordered from least to most restrictive: when rules
 * set several states for one market in a cycle, the most restrictive wins.
 */
public enum MarketState {
    /** Far from the close: quote both sides, parity allowed. */
    NORMAL,
    /** Within the watch period: quote with caps cut by the near-close ratchet. */
    WATCH,
    /** Inside the close window (or a resolution proposal is imminent): cancel and reduce only. */
    CLOSE_WINDOW,
    /** Trading has stopped (time to close 0) or the resolution challenge window is open: nothing. */
    CLOSED,
    /** A circuit breaker tripped (stale feed, blind account, failing heartbeat): cancels only. */
    HALTED;

    /** The more restrictive of two states. */
    public MarketState strictest(MarketState other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
