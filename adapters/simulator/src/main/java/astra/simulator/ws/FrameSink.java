package astra.simulator.ws;

/** One connected socket, as the channels see it: text out, and an abrupt close. */
public interface FrameSink {
    void send(String text);

    void close();
}
