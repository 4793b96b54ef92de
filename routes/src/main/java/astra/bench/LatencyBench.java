package astra.bench;

import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.WsMessage;
import astra.runtime.PaperSession;
import astra.simulator.scenario.Scenario;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.HdrHistogram.Histogram;

/**
 * {@code latency}: market event in to order intent out, in the real-time runtime (the paper
 * session: Camel routes, the simulator over loopback sockets in REAL time, the default 20-market
 * world) — from the feed thread taking a frame to the decision cycle that first saw it returning
 * an order intent for the event's market. That includes waiting on the feed queue for the next
 * decision tick, which a cycle-based loop cannot avoid.
 */
final class LatencyBench implements Measure {
    static final long P50_GOAL_MICROS = 50;
    static final long P99_GOAL_MICROS = 250;
    static final Duration DURATION = Duration.ofSeconds(60);
    /** Cycles in the first seconds after the first are left out: class loading, JIT, first rule firings. */
    static final Duration WARMUP = Duration.ofSeconds(15);

    @Override
    public String name() {
        return "latency";
    }

    @Override
    public String description() {
        return "market event in -> order intent out in the real-time runtime (paper session, 20 markets);"
                + " goal p50 <= 50 us, p99 <= 250 us";
    }

    @Override
    public Verdict run(BenchSettings settings, PrintWriter out) throws Exception {
        Duration duration = Duration.ofMillis(Math.round(DURATION.toMillis() * settings.scale()));
        Path dir = Files.createTempDirectory("astra-bench-latency-");
        EventToIntent probe = new EventToIntent();
        PaperSession.Options options = new PaperSession.Options(duration, 0, Optional.empty(), Scenario.defaults(),
                dir.resolve("out"), Optional.empty(), dir.resolve("data"), settings.rulesDir(), "bench-latency",
                new Properties());
        out.printf("paper session of %s wall time on the default world%n", duration);
        out.flush();
        PaperSession.Result session = PaperSession.run(options, out, core -> core.probe(probe));
        if (session.quotesSent() == 0) {
            throw new IllegalStateException("the session sent no order: there is no intent to time");
        }
        MarketChannelDecoder decoder = new MarketChannelDecoder();
        EventToIntent.Latencies l = EventToIntent.of(probe.cycles(), frame -> marketsOf(decoder, frame),
                WARMUP.toNanos());
        Histogram h = l.eventToDecision();
        if (h.getTotalCount() == 0) {
            throw new IllegalStateException("no market event reached a decision cycle after the warmup");
        }
        out.printf("%d cycles after a %d s warmup; %d market events%n", l.cycles(), WARMUP.toSeconds(), h.getTotalCount());
        out.printf("of which waiting for the tick (frame taken -> snapshot): p50 %s, p99 %s%n", us(l.tickWait(), 50),
                us(l.tickWait(), 99));
        Histogram i = l.eventToIntent();
        out.printf("events whose first cycle did send an order for their market: %d%s%n", i.getTotalCount(),
                i.getTotalCount() == 0 ? "" : String.format(", p50 %s, p99 %s", us(i, 50), us(i, 99)));
        boolean met = h.getValueAtPercentile(50) <= P50_GOAL_MICROS && h.getValueAtPercentile(99) <= P99_GOAL_MICROS;
        return new Verdict().figure(String.format("latency: event in -> intents out p50 %s, p99 %s, max %s over %d events"
                        + " (goal p50 <= %d us, p99 <= %d us)", us(h, 50), us(h, 99), us(h, 100), h.getTotalCount(),
                P50_GOAL_MICROS, P99_GOAL_MICROS), met)
                .figure(String.format("baseline: the decision cycle alone (snapshot -> intents out) p50 %s, p99 %s over"
                        + " %d cycles", us(l.cycleAlone(), 50), us(l.cycleAlone(), 99), l.cycles()), true);
    }

    static List<String> marketsOf(MarketChannelDecoder decoder, String frame) {
        List<String> markets = new ArrayList<>();
        for (WsMessage m : decoder.decode(frame)) {
            if (m instanceof MarketEvent e) {
                markets.add(e.market().value());
            }
        }
        return markets;
    }

    private static String us(Histogram h, double percentile) {
        return String.format(java.util.Locale.ROOT, "%,d µs", h.getValueAtPercentile(percentile));
    }
}
