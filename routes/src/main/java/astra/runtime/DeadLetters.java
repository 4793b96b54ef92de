package astra.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of every failed exchange: logged with its route, cause and (abbreviated) body, counted
 * per route, and kept in a short ring for the admin view. Never rethrows: a bad frame must not stop
 * a feed, and nothing is dropped without a log line.
 */
public final class DeadLetters {
    /** Dead letters kept for the admin view; the counter keeps the total. */
    public static final int KEPT = 50;
    /** Characters of a body written to the log: enough to find the frame, not a whole book. */
    public static final int BODY_CHARS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetters.class);

    /** One dead letter: where it failed, why, and the start of its body. */
    public record Letter(String routeId, String cause, String body) {}

    private final MeterRegistry registry;
    private final Deque<Letter> recent = new ArrayDeque<>();

    public DeadLetters(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** Called by the dead-letter route with the failed exchange (the original message). */
    public void record(Exchange exchange) {
        Throwable cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        String routeId = exchange.getFromRouteId() == null ? "unknown" : exchange.getFromRouteId();
        String why = cause == null ? "no exception recorded" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
        Object body = exchange.getIn().getBody();
        String text = body == null ? "(no body)" : abbreviate(String.valueOf(body));
        LOG.warn("dead letter from route {}: {} | body: {}", routeId, why, text, cause);
        registry.counter("astra_dead_letters", "route", routeId).increment();
        synchronized (recent) {
            recent.addLast(new Letter(routeId, why, text));
            while (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    public List<Letter> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }

    public double count(String routeId) {
        var counter = registry.find("astra_dead_letters").tag("route", routeId).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String abbreviate(String s) {
        return s.length() <= BODY_CHARS ? s : s.substring(0, BODY_CHARS) + "… (" + s.length() + " chars)";
    }
}
