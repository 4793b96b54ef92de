package astra.simulator.ws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What both channels share: the open sockets with their subscription state, "PING" answered
 * "PONG" whatever the state, and closing every socket for the drop fault. Venue thread only.
 *
 * @param <S> a socket's subscription state
 */
public abstract class Channel<S> {
    protected final Map<FrameSink, S> sockets = new LinkedHashMap<>();

    public void opened(FrameSink socket) {
        sockets.put(socket, initialState());
    }

    public void closed(FrameSink socket) {
        sockets.remove(socket);
    }

    public void closeAll() {
        List.copyOf(sockets.keySet()).forEach(FrameSink::close);
        sockets.clear();
    }

    /** Handles one text message; a request the channel cannot read throws IllegalArgumentException. */
    public void onText(FrameSink socket, String text) {
        if (text.equals("PING")) {
            socket.send("PONG");
        } else if (sockets.containsKey(socket)) {
            onRequest(socket, text);
        }
    }

    protected abstract S initialState();

    protected abstract void onRequest(FrameSink socket, String text);
}
