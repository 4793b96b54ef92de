package astra.polymarket.stream;

import java.util.concurrent.atomic.LongAdder;

/** What a stream has seen, for metrics and health checks. Thread-safe. */
public final class StreamCounters {
    private final LongAdder opens = new LongAdder();
    private final LongAdder drops = new LongAdder();
    private final LongAdder frames = new LongAdder();
    private final LongAdder pongs = new LongAdder();
    private final LongAdder sendFailures = new LongAdder();
    private final LongAdder framesOfDroppedConnections = new LongAdder();

    void opened() {
        opens.increment();
    }

    void dropped() {
        drops.increment();
    }

    void frame() {
        frames.increment();
    }

    void pong() {
        pongs.increment();
    }

    void sendFailed() {
        sendFailures.increment();
    }

    void frameOfDroppedConnection() {
        framesOfDroppedConnections.increment();
    }

    public long opens() {
        return opens.sum();
    }

    public long drops() {
        return drops.sum();
    }

    public long frames() {
        return frames.sum();
    }

    public long pongs() {
        return pongs.sum();
    }

    public long sendFailures() {
        return sendFailures.sum();
    }

    /** Frames that arrived after their connection was reported dropped, and were not passed on. */
    public long framesOfDroppedConnections() {
        return framesOfDroppedConnections.sum();
    }
}
