package astra.runtime;

import astra.rules.LiveRules;
import astra.rules.LoadAttempt;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * The loopback HTTP endpoint: {@code GET /metrics} (Prometheus text), {@code GET /health} (feed
 * ages, firewall gate), {@code GET /admin/rules} (the rule versions loaded and refused, newest
 * last) and {@code POST /admin/rules/reload}. Bound to 127.0.0.1 only: it can reload rules.
 */
public final class AdminServer implements AutoCloseable {
    private final HttpServer server;

    public AdminServer(int port, AstraMetrics metrics, LiveRules rules, Path rulesDir, HealthView health)
            throws IOException {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(rules, "rules");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(Executors.newSingleThreadExecutor(r -> daemon(r, "astra-admin")));
        server.createContext("/metrics", x -> reply(x, 200, "text/plain; version=0.0.4", metrics.scrape()));
        server.createContext("/health", x -> {
            String text = health.text();
            reply(x, health.healthy() ? 200 : 503, "text/plain", text);
        });
        server.createContext("/admin/rules/reload", x -> {
            if (!"POST".equals(x.getRequestMethod())) {
                reply(x, 405, "text/plain", "POST only\n");
                return;
            }
            LoadAttempt attempt = rules.tryReload(rulesDir);
            reply(x, 200, "text/plain", line(attempt) + "\n");
        });
        server.createContext("/admin/rules", x -> reply(x, 200, "text/plain",
                "in force: " + rules.current().version().id() + "\n"
                        + rules.history().stream().map(AdminServer::line).collect(Collectors.joining("\n")) + "\n"));
        server.start();
    }

    /** What /health reports. */
    public interface HealthView {
        boolean healthy();

        String text();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static String line(LoadAttempt a) {
        return a.at() + " " + a.outcome() + " " + a.versionId()
                + (a.messages().isEmpty() ? "" : " " + a.messages());
    }

    private static void reply(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
