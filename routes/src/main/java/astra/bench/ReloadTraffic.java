package astra.bench;

import astra.domain.ConditionId;
import astra.rules.CycleResult;
import astra.rules.Decision;
import astra.rules.DecisionCycle;
import astra.rules.DecisionKind;
import astra.rules.LiveRules;
import astra.rules.MarketFeedAge;
import astra.rules.RuleSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Market data events and decision cycles running while rules are reloaded: a producer thread
 * sends one stale-feed event (a new market, data a minute old) every half millisecond; the
 * decision thread drains them into {@link DecisionCycle}s on {@code liveRules::current}. Every
 * event must come back as its market's MARKET_FEED_STALE decision, or it counts as lost. A
 * decision is on mixed versions unless it names the cycle's rules version AND quotes the stale
 * limit of that version's policy — so a cycle that took its rules from one version and its
 * thresholds from another is caught too.
 */
final class ReloadTraffic implements AutoCloseable {
    private static final Duration AGE = Duration.ofMinutes(1);
    private static final long PERIOD_NANOS = 500_000;

    private final LiveRules live;
    private final BlockingQueue<MarketFeedAge> queue = new LinkedBlockingQueue<>();
    private final Set<String> versionsLoaded = ConcurrentHashMap.newKeySet();
    private final Set<String> versionsDecided = new HashSet<>();
    private final AtomicLong sent = new AtomicLong();
    private volatile boolean producing = true;
    private volatile boolean deciding = true;
    private final Thread producer = new Thread(this::produce, "bench-events");
    private final Thread decider = new Thread(this::decide, "bench-decisions");
    private long decided;
    private long cycles;
    private long decisions;
    private long mixed;
    private RuleSet cycleRules;

    /** What the traffic saw; read after both threads stopped. */
    record Tally(long eventsSent, long eventsLost, long cycles, long decisions, long mixedVersionDecisions,
            int versionsDecidedUnder, boolean everyVersionDecided) {}

    private ReloadTraffic(LiveRules live) {
        this.live = live;
    }

    static ReloadTraffic start(LiveRules live) {
        ReloadTraffic traffic = new ReloadTraffic(live);
        traffic.expect(live.current());
        traffic.decider.start();
        traffic.producer.start();
        return traffic;
    }

    /** A version put in force; some cycle must decide under it before the traffic stops. */
    void expect(RuleSet rules) {
        versionsLoaded.add(rules.version().id());
    }

    /** Stops sending, lets the decision thread drain what was sent, and tallies. */
    Tally stop() throws InterruptedException {
        close();
        return new Tally(sent.get(), sent.get() - decided, cycles, decisions, mixed, versionsDecided.size(),
                versionsDecided.containsAll(versionsLoaded));
    }

    @Override
    public void close() throws InterruptedException {
        producing = false;
        producer.join();
        deciding = false;
        decider.join();
    }

    private void produce() {
        long next = System.nanoTime();
        while (producing) {
            queue.add(new MarketFeedAge(new ConditionId("0x" + Long.toHexString(sent.get() + 1)), AGE));
            sent.incrementAndGet();
            next += PERIOD_NANOS;
            LockSupport.parkNanos(next - System.nanoTime());
        }
    }

    private void decide() {
        List<MarketFeedAge> batch = new ArrayList<>();
        try (DecisionCycle cycle = new DecisionCycle(() -> cycleRules = live.current())) {
            while (deciding || !queue.isEmpty()) {
                batch.clear();
                MarketFeedAge first = queue.poll(1, TimeUnit.MILLISECONDS);
                if (first != null) {
                    batch.add(first);
                    queue.drainTo(batch, 255);
                }
                tally(batch, cycle.run(batch));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void tally(List<MarketFeedAge> batch, CycleResult result) {
        cycles++;
        String version = cycleRules.version().id();
        versionsDecided.add(version);
        // The stale rule's detail ends with its version's limit ("no market data for more than PT5S").
        String limit = " " + cycleRules.policy().feeds().marketFeedStale();
        Set<ConditionId> waiting = new HashSet<>();
        batch.forEach(event -> waiting.add(event.market()));
        for (Decision d : result.decisions()) {
            decisions++;
            boolean sameVersion = result.version().id().equals(version) && d.rulesVersion().equals(version);
            if (d.kind() == DecisionKind.HALT_QUOTING && "MARKET_FEED_STALE".equals(d.reasonCode())) {
                sameVersion &= d.detail().endsWith(limit);
                if (d.market().isPresent() && waiting.remove(d.market().get())) {
                    decided++;
                }
            }
            if (!sameVersion) {
                mixed++;
            }
        }
    }
}
