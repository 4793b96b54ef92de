package astra.runtime;

import java.util.List;

/**
 * Sees the moments event-to-intent latency is measured between, with {@link System#nanoTime()}:
 * a market frame handed on by the socket's thread, the same frame taken to be applied (by the feed
 * thread from its queue, or by the socket's thread itself once it holds the books' lock), the
 * feed's snapshot for a decision cycle (every frame taken before it is in it), and the cycle's
 * commands returned by the decision thread; or, for a quoted market's book move, its commands
 * returned (the move carries its frame's time). For the
 * {@code latency} benchmark; the runtime's probe is {@link #NONE}. Implementations are called on the
 * socket's, feed and decision threads and must be cheap and thread-safe.
 */
public interface LatencyProbe {
    LatencyProbe NONE = new LatencyProbe() { };

    /** A market frame handed on by the socket's thread (the same String object as taken). */
    default void frameReceived(String frame, long nanos) { }

    default void frameIn(String frame, long nanos) { }

    default void snapshotTaken(MarketSnapshot snapshot, long nanos) { }

    default void commandsOut(MarketSnapshot snapshot, List<ExecutorCommand> commands, long nanos) { }

    /**
     * A book move decided on its own (between cycles): its commands, possibly none, returned at
     * {@code nanos}; its deciding began at {@code decidingFromNanos} (what came before since its frame
     * was taken: applying the frame, and deciding the frame's earlier moves).
     */
    default void reacted(BookMoved moved, List<ExecutorCommand> commands, long decidingFromNanos, long nanos) { }
}
