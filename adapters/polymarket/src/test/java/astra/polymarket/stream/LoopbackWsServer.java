package astra.polymarket.stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrame;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A real WebSocket server on 127.0.0.1 that records what clients send and answers PING. */
final class LoopbackWsServer implements AutoCloseable {
    final List<String> received = new CopyOnWriteArrayList<>();
    final List<ServerWebSocket> connections = new CopyOnWriteArrayList<>();
    volatile boolean answerPings = true;

    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    LoopbackWsServer() throws Exception {
        server = vertx.createHttpServer()
                .webSocketHandler(ws -> {
                    connections.add(ws);
                    ws.textMessageHandler(text -> {
                        received.add(text);
                        if (answerPings && "PING".equals(text)) {
                            ws.writeTextMessage("PONG");
                        }
                    });
                })
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** The JSON messages received so far (PINGs and other text left out), in order. */
    List<JsonNode> receivedJson() {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> out = new ArrayList<>();
        for (String text : received) {
            if (text.startsWith("{")) {
                try {
                    out.add(json.readTree(text));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    URI uri() {
        return URI.create("ws://127.0.0.1:" + server.actualPort() + "/ws/market");
    }

    List<ServerWebSocket> open() {
        return connections.stream().filter(ws -> !ws.isClosed()).toList();
    }

    void sendToAll(String text) {
        open().forEach(ws -> ws.writeTextMessage(text));
    }

    void sendFragmented(String first, String second) {
        open().forEach(ws -> {
            ws.writeFrame(WebSocketFrame.textFrame(first, false));
            ws.writeFrame(WebSocketFrame.continuationFrame(io.vertx.core.buffer.Buffer.buffer(second), true));
        });
    }

    void dropAll() {
        open().forEach(ServerWebSocket::close);
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
