package astra.simulator.server;

import astra.simulator.host.VenueThread;
import astra.simulator.ws.Channel;
import astra.simulator.ws.FrameSink;
import astra.simulator.ws.MarketChannel;
import astra.simulator.ws.UserChannel;
import io.vertx.core.Handler;
import io.vertx.core.http.ServerWebSocket;

/**
 * Connects Vert.x WebSockets to the channels: {@value #MARKET} and {@value #USER}. Every text
 * message and close is handed to the venue thread; a message the channel cannot read closes the
 * socket.
 */
final class Sockets implements Handler<ServerWebSocket> {
    static final String MARKET = "/ws/market";
    static final String USER = "/ws/user";
    /** Closed by the server for a fault or bad input ("going away"). */
    private static final short GOING_AWAY = 1001;

    private final VenueThread thread;
    private final Channel<?> market;
    private final Channel<?> user;

    Sockets(VenueThread thread, MarketChannel market, UserChannel user) {
        this.thread = thread;
        this.market = market;
        this.user = user;
    }

    @Override
    public void handle(ServerWebSocket ws) {
        Channel<?> channel = switch (ws.path()) {
            case MARKET -> market;
            case USER -> user;
            default -> null;
        };
        if (channel == null) {
            ws.close(GOING_AWAY, "unknown channel " + ws.path());
            return;
        }
        FrameSink sink = new FrameSink() {
            @Override
            public void send(String text) {
                ws.writeTextMessage(text);
            }

            @Override
            public void close() {
                ws.close(GOING_AWAY);
            }
        };
        thread.run(() -> channel.opened(sink));
        ws.textMessageHandler(text -> thread.run(() -> {
            try {
                channel.onText(sink, text);
            } catch (IllegalArgumentException bad) {
                channel.closed(sink);
                sink.close();
            }
        }));
        ws.closeHandler(v -> thread.run(() -> channel.closed(sink)));
    }
}
