package astra.simulator.server;

/**
 * A connection to one of the simulator's WebSocket channels without TCP: text goes to the channel
 * exactly as a socket's message would (subscribe, operations, PING), and every frame the channel
 * sends comes back to the connection's consumer on the venue thread, before the call that caused
 * it returns. A virtual-time backtest drains them after each step, so nothing arrives "later".
 */
public interface InProcessSocket extends AutoCloseable {
    /** One text message to the channel, as a socket would send it. */
    void send(String text);

    /** Whether the channel has closed this connection (bad credentials, a drop fault) or it was closed. */
    boolean isClosed();

    @Override
    void close();
}
