package astra.runtime;

import astra.rules.Decision;
import astra.rules.DecisionKind;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/**
 * Astra's meters in one Prometheus registry, named {@code astra_*}: feed ages, decisions and
 * vetoes by rule, orders by outcome, refusals by code, fills by liquidity, the mutation budget in
 * use, the session P&L and the rules version in force. Counters are thread-safe; gauges read
 * suppliers that are.
 */
public final class AstraMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Counter> bookMoves = new ConcurrentHashMap<>();
    /** Decision counters by kind, then rule. */
    private final Map<DecisionKind, Map<String, Counter>> decisions = new ConcurrentHashMap<>();
    /** Veto counters by rule, then reason code. */
    private final Map<String, Map<String, Counter>> vetoes = new ConcurrentHashMap<>();
    private final Map<String, Timer> bookMoveTimers = new ConcurrentHashMap<>();
    private final Set<String> versionsSeen = ConcurrentHashMap.newKeySet();
    private volatile String rulesVersion = "";

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    public void feedAges(FeedHealth feeds) {
        gauge("astra_feed_age_seconds", feeds, f -> f.marketDataAge().toMillis() / 1000.0, "feed", "market");
        gauge("astra_feed_age_seconds", feeds, f -> f.userChannelAge().toMillis() / 1000.0, "feed", "user");
    }

    public <T> void gauge(String name, T source, ToDoubleFunction<T> value, String... tags) {
        Gauge.builder(name, source, value).tags(tags).register(registry);
    }

    public void decision(Decision d) {
        // Looked up in our own maps: every decision of every cycle lands here (thousands a cycle at
        // 1,000 markets), and the registry's lookup builds its tags and meter id anew on each call.
        counter(decisions, d.kind(), d.ruleName(),
                rule -> registry.counter("astra_decisions_total", "kind", d.kind().name(), "rule", rule)).increment();
        if (d.kind() == DecisionKind.VETO_QUOTE) {
            counter(vetoes, d.ruleName(), d.reasonCode(),
                    reason -> registry.counter("astra_vetoes_total", "rule", d.ruleName(), "reason", reason)).increment();
        }
    }

    /** The counter under {@code outer}, then {@code inner}, registered on first use (plain reads after that). */
    private static <K> Counter counter(Map<K, Map<String, Counter>> counters, K outer, String inner,
            Function<String, Counter> register) {
        Map<String, Counter> byInner = counters.get(outer);
        if (byInner == null) {
            byInner = counters.computeIfAbsent(outer, k -> new ConcurrentHashMap<>());
        }
        Counter c = byInner.get(inner);
        return c != null ? c : byInner.computeIfAbsent(inner, register);
    }

    /** A thread put in the real-time class, or left at its ordinary priority (and why). */
    public void realtimeThread(RealtimeThreads.Outcome outcome) {
        registry.counter("astra_realtime_threads_total", "outcome", outcome.name().toLowerCase(Locale.ROOT))
                .increment();
    }

    public void cycle() {
        registry.counter("astra_decision_cycles_total").increment();
    }

    /** A quoted market's book move and what came of it (requoted, quotes hold, or why it was left to the cycle). */
    public void bookMove(String outcome) {
        // Looked up once per outcome: this is on the feed thread's path from a book move to an order.
        bookMoves.computeIfAbsent(outcome, o -> registry.counter("astra_book_moves_total", "outcome", o)).increment();
    }

    /** How long deciding a book move took, by what came of it. */
    public void bookMoveDecided(String outcome, long nanos) {
        bookMoveTimers.computeIfAbsent(outcome, o -> registry.timer("astra_book_move_decide_seconds", "outcome", o))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** outcome: sent, rejected, unknown, refused. */
    public void order(String outcome) {
        registry.counter("astra_orders_total", "outcome", outcome).increment();
    }

    public void refusal(String code) {
        registry.counter("astra_order_refusals_total", "code", code).increment();
    }

    public void cancels(int count) {
        registry.counter("astra_cancels_total").increment(count);
    }

    public void fill(String liquidity) {
        registry.counter("astra_fills_total", "liquidity", liquidity).increment();
    }

    /** Shows the version in force as {@code astra_rules_version_info{version=…} 1}; older versions read 0. */
    /** Satellite desk events: signals read, bad lines, orders, rejections. */
    public void satellite(String event) {
        satellite(event, 1);
    }

    public void satellite(String event, long count) {
        registry.counter("astra_satellite_total", "event", event).increment(count);
    }

    public void rulesVersion(String version) {
        rulesVersion = version;
        if (versionsSeen.add(version)) {
            Supplier<Number> inForce = () -> version.equals(rulesVersion) ? 1 : 0;
            Gauge.builder("astra_rules_version_info", inForce).tag("version", version).register(registry);
        }
    }

    public double count(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }
}
