package astra.polymarket.stream;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One WebSocket connection that stays up: it reconnects with {@link Backoff} after any drop, sends
 * a text "PING" every {@code pingInterval}, joins fragmented text frames, and serialises sends
 * (the JDK WebSocket refuses a send while the previous one is pending).
 */
public final class ReconnectingSocket implements AutoCloseable {
    public static final Duration DEFAULT_PING_INTERVAL = Duration.ofSeconds(10);
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    static final String PING = "PING";
    static final String PONG = "PONG";

    private static final Logger LOG = LoggerFactory.getLogger(ReconnectingSocket.class);

    private final String name;
    private final StreamSettings settings;
    private final SocketHandler handler;
    private final StreamCounters counters;

    private final Object lock = new Object();
    /** Written under {@code lock}; read without it on the receive path to drop a dead socket's frames. */
    private volatile WebSocket socket;
    private CompletableFuture<WebSocket> sendChain = CompletableFuture.completedFuture(null);
    private ScheduledFuture<?> pinger;
    private int failedAttempts;
    private boolean stopped;
    private volatile Instant lastFrameAt;
    private volatile Instant lastPongAt;

    public ReconnectingSocket(String name, StreamSettings settings, SocketHandler handler, StreamCounters counters) {
        this.name = Objects.requireNonNull(name, "name");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.handler = Objects.requireNonNull(handler, "handler");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    public String name() {
        return name;
    }

    /** Opens the connection (asynchronously); failures are retried with backoff. */
    public void start() {
        connect();
    }

    public boolean isOpen() {
        synchronized (lock) {
            return socket != null && !socket.isOutputClosed();
        }
    }

    /** When the last frame of any kind arrived; null before the first. */
    public Instant lastFrameAt() {
        return lastFrameAt;
    }

    /** When the last PONG arrived; null before the first. */
    public Instant lastPongAt() {
        return lastPongAt;
    }

    /** Sends a text frame after any pending send; returns false when not connected. */
    public boolean send(String text) {
        synchronized (lock) {
            WebSocket ws = socket;
            if (ws == null || ws.isOutputClosed()) {
                return false;
            }
            sendChain = sendChain.handle((r, e) -> null)
                    .thenCompose(ignored -> ws.sendText(text, true))
                    .whenComplete((r, e) -> {
                        if (e != null) {
                            counters.sendFailed();
                            LOG.warn("{}: send failed: {}", name, e.toString());
                        }
                    });
            return true;
        }
    }

    /** Drops the current connection as if the network had; a reconnect follows. For fault drills. */
    public void abortConnection() {
        restart("aborted");
    }

    /**
     * Drops the current connection on purpose (the handler hears of it as of any drop) and
     * reconnects after the first backoff delay; returns false, doing nothing, when there is no
     * connection to drop, i.e. a reconnect is already under way or the socket is stopped.
     */
    public boolean restart(String reason) {
        WebSocket ws;
        synchronized (lock) {
            ws = socket;
        }
        if (ws == null) {
            return false;
        }
        ws.abort();
        dropped(ws, reason);
        return true;
    }

    @Override
    public void close() {
        WebSocket ws;
        synchronized (lock) {
            stopped = true;
            ws = socket;
            socket = null;
            cancelPinger();
        }
        if (ws != null) {
            ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").whenComplete((r, e) -> ws.abort());
        }
    }

    private void connect() {
        synchronized (lock) {
            if (stopped) {
                return;
            }
        }
        settings.http().newWebSocketBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .buildAsync(settings.uri(), new Listener())
                .whenComplete((ws, error) -> {
                    if (error != null) {
                        LOG.warn("{}: connect to {} failed: {}", name, settings.uri(), rootMessage(error));
                        scheduleReconnect();
                    }
                });
    }

    private void opened(WebSocket ws) {
        synchronized (lock) {
            if (stopped) {
                ws.abort();
                return;
            }
            socket = ws;
            failedAttempts = 0;
            sendChain = CompletableFuture.completedFuture(ws);
            cancelPinger();
            long every = settings.pingInterval().toMillis();
            pinger = settings.scheduler().scheduleAtFixedRate(() -> send(PING), every, every, TimeUnit.MILLISECONDS);
        }
        counters.opened();
        LOG.info("{}: connected to {}", name, settings.uri());
        handler.onOpen(this);
    }

    private void dropped(WebSocket ws, String reason) {
        synchronized (lock) {
            if (socket != ws) {
                return; // already handled, or an old socket
            }
            socket = null;
            cancelPinger();
        }
        counters.dropped();
        LOG.warn("{}: connection dropped: {}", name, reason);
        handler.onDrop(reason);
        scheduleReconnect();
    }

    private void scheduleReconnect() {
        Duration delay;
        synchronized (lock) {
            if (stopped) {
                return;
            }
            failedAttempts++;
            delay = settings.backoff().delay(failedAttempts, settings.random());
        }
        settings.scheduler().schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void cancelPinger() {
        if (pinger != null) {
            pinger.cancel(false);
            pinger = null;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public void onOpen(WebSocket ws) {
            opened(ws);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                Instant now = settings.clock().instant();
                lastFrameAt = now;
                counters.frame();
                if (PONG.equals(text)) {
                    lastPongAt = now;
                    counters.pong();
                } else if (socket != ws) {
                    // A frame of a connection already reported dropped: its owner has moved on.
                    counters.frameOfDroppedConnection();
                } else {
                    try {
                        handler.onFrame(text);
                    } catch (RuntimeException e) {
                        LOG.error("{}: frame handler failed; frame kept going", name, e);
                    }
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            dropped(ws, "closed by peer (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            dropped(ws, rootMessage(error));
        }
    }
}
