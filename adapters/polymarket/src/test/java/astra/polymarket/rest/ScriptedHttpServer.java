package astra.polymarket.rest;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/** A real HTTP server on loopback answering from a script, recording each request it gets. */
public final class ScriptedHttpServer implements AutoCloseable {
    public record Answer(int status, String body, long delayMillis) {}

    public record Seen(String method, String path, String body, Map<String, String> headers) {}

    public final List<Seen> seen = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final Vertx vertx = Vertx.vertx();
    private final HttpServer server;

    public ScriptedHttpServer() throws Exception {
        server = vertx.createHttpServer()
                .requestHandler(req -> req.body().onSuccess(buf -> {
                    Map<String, String> headers = new java.util.HashMap<>();
                    req.headers().forEach(h -> headers.put(h.getKey().toUpperCase(), h.getValue()));
                    seen.add(new Seen(req.method().name(), req.uri(), buf.toString(), headers));
                    Answer a;
                    synchronized (script) {
                        a = script.isEmpty() ? new Answer(500, "{\"error\":\"script empty\"}", 0) : script.poll();
                    }
                    Runnable reply = () -> req.response().setStatusCode(a.status()).end(a.body());
                    if (a.delayMillis() > 0) {
                        vertx.setTimer(a.delayMillis(), t -> reply.run());
                    } else {
                        reply.run();
                    }
                }))
                .listen(0, "127.0.0.1")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    public ScriptedHttpServer then(int status, String body) {
        return then(status, body, 0);
    }

    public ScriptedHttpServer then(int status, String body, long delayMillis) {
        synchronized (script) {
            script.add(new Answer(status, body, delayMillis));
        }
        return this;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.actualPort());
    }

    @Override
    public void close() throws Exception {
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
}
