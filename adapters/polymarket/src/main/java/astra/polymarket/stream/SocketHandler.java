package astra.polymarket.stream;

/** What a {@link ReconnectingSocket} tells its owner. Called on the socket's threads. */
public interface SocketHandler {

    /** The socket is open (first time or after a reconnect): send subscriptions now. */
    void onOpen(ReconnectingSocket socket);

    /** One complete text frame (fragments already joined); "PONG" frames are not passed on. */
    void onFrame(String text);

    /** The socket dropped; a reconnect is scheduled unless the socket was stopped. */
    default void onDrop(String reason) {}
}
