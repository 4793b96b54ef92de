package astra.runtime;

import astra.domain.Order;
import astra.domain.Shares;
import astra.execution.CanonicalMid;
import astra.execution.GtdExpiry;
import astra.execution.MidFallbackCounters;
import astra.execution.firewall.FirewallConfig;
import astra.execution.firewall.FirewallHandles;
import astra.execution.firewall.Firewalls;
import astra.execution.firewall.ReconciliationReport;
import astra.facts.FactStore;
import astra.rules.AccountHealth;
import astra.rules.DecisionEngine;
import astra.rules.QuoteabilityScorer;
import astra.runtime.parity.ParityPaperDesk;
import astra.runtime.parity.ParityRecorder;
import astra.strategy.markout.MarkoutTracker;
import astra.strategy.quote.InventoryAwareQuoter;
import astra.strategy.select.ActiveSetSelector;
import astra.domain.Usd;
import astra.strategy.satellite.SatelliteBudget;
import io.micrometer.core.instrument.FunctionCounter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;

/**
 * The trading components every session shares, whatever moves them: the executor firewall, the
 * market and user feeds' work, the decision thread's maker loop and the executor's sender, with
 * the session's metrics, counters and mark tape. The real-time runtime moves them with Camel
 * routes and sockets; the backtest calls them in turn on virtual time. Either way the same
 * objects decide and trade, so a backtest exercises what paper and live run.
 */
public final class TradingCore {
    private volatile LatencyProbe probe = LatencyProbe.NONE;
    private final AstraRuntime.Venues v;
    private final AstraMetrics metrics = new AstraMetrics();
    private final SessionStats stats = new SessionStats();
    private final MarkTape tape = new MarkTape();
    private final ParityRecorder parityRecorder = new ParityRecorder(metrics.registry());
    private final FeedHealth feeds;
    private final OrdersInFlight inFlight = new OrdersInFlight();
    private final FirewallHandles firewall;
    private final MarketFeed marketFeed;
    private final UserFeed userFeed;
    private final MakerLoop loop;
    private final OrderSender sender;
    private final VenueErrorRate venueErrors;
    private final Heartbeat heartbeat;

    /**
     * @param safety runs the firewall's safety cancels (dead man, halt) off the caller's thread
     * @param resnapshot asks the market stream for fresh snapshots of these assets
     */
    public TradingCore(AstraRuntime.Venues venues, ExecutorService safety, Consumer<Set<String>> resnapshot) {
        this.v = Objects.requireNonNull(venues, "venues");
        this.feeds = new FeedHealth(v.clock());
        // The policy's budget at start; later policies reach it through mutationsLeft().
        int budget = v.rules().current().policy().execution().mutationsPerMinute();
        this.firewall = Firewalls.over(v.venue(), v.store(), v.balance(), v.clock())
                .config(FirewallConfig.DEFAULTS.withMutationBudget(budget, MakerLoop.BUDGET_WINDOW))
                .safetyExecutor(safety)
                .markets(v.universe()::find)
                .build();
        RuntimeSettings s = v.settings();
        this.venueErrors = new VenueErrorRate(v.clock(), s.millis("astra.venue-errors.window-ms"));
        this.heartbeat = v.heartbeat().create(firewall.deadMan(), venueErrors);
        this.marketFeed = new MarketFeed(v.clock(), v.universe(), feeds, resnapshot,
                s.millis("astra.feed.resnapshot-after-ms"));
        this.userFeed = new UserFeed(v.store(), v.universe(), feeds, metrics, stats);
        String prefix = orderIdPrefix(v.orderIdPrefix(), v.clock().instant());
        this.loop = new MakerLoop(new MakerLoop.Parts(v.clock(), v.universe(), v.facts(), v.store(),
                new DecisionEngine(v.rules()::current, new QuoteabilityScorer(), v.clock()), new QuoteabilityScorer(),
                new ActiveSetSelector(s.integer("astra.active-set.max-markets"),
                        s.integer("astra.active-set.max-per-cluster"), s.decimal("astra.active-set.seat-margin")),
                new InventoryAwareQuoter(v.clock(), v.quoter(), new GtdExpiry(v.clock())),
                () -> v.rules().current().policy().execution().requoteDriftTicks(),
                this::mutationsLeft, () -> firewall.control().mutationLimit(),
                new CanonicalMid(v.clock(), AstraRuntime.MID_MAX_AGE, new MidFallbackCounters()),
                new MarkoutTracker(v.clock(), AstraRuntime.MARKOUT_WINDOW), metrics, stats, tape, inFlight,
                this::accountHealth, s.decimal("astra.bankroll-usd").movePointRight(6).longValueExact(),
                prefix, satelliteDesk(s, prefix), new ResolutionRiskFeed(optionalPath(s,
                        "astra.resolution-risk.file"), metrics),
                new ParityPaperDesk(v.clock(), v.universe(), v.facts().parityCandidates(), v.store()::positions,
                        parityRecorder), marketFeed::watch));
        this.sender = new OrderSender(firewall.gateway(), firewall.control(), metrics, stats, inFlight,
                venueErrors);
        metrics.feedAges(feeds);
        metrics.gauge("astra_mutations_in_window", firewall.control(), c -> c.status().mutationsInWindow());
        metrics.gauge("astra_orders_in_flight", inFlight, OrdersInFlight::total);
        FunctionCounter.builder("astra_fact_write_failures_total", v.facts(), FactStore::failedWrites)
                .description("batches of facts the fact store's maps failed to take (each sent again)")
                .register(metrics.registry());
        metrics.rulesVersion(v.rules().current().version().id());
    }

    /**
     * What the budget has left this window, under the policy in force: a hot reload that changes
     * {@code execution.mutations-per-minute} reaches the firewall at the next decision cycle.
     */
    private int mutationsLeft() {
        int policy = v.rules().current().policy().execution().mutationsPerMinute();
        if (policy != firewall.control().mutationLimit()) {
            firewall.control().mutationLimit(policy);
        }
        return firewall.control().mutationLimit() - firewall.control().mutationsInWindow();
    }

    /** The satellite desk: off unless {@code astra.satellite.signals-file} names a file. */
    private SatelliteDesk satelliteDesk(RuntimeSettings s, String orderIdPrefix) {
        Usd bankroll = Usd.of(s.decimal("astra.bankroll-usd"));
        Usd budget = SatelliteDesk.limitOf(bankroll, v.rules().current().policy().satellite());
        return new SatelliteDesk(v.clock(), optionalPath(s, "astra.satellite.signals-file"),
                v.universe(), metrics, new SatelliteBudget(budget), bankroll,
                Duration.ofSeconds(s.integer("astra.satellite.max-signal-age-s")),
                Usd.of(s.decimal("astra.satellite.max-stake-usd")), () -> v.rules().current().policy(),
                orderIdPrefix);
    }

    /** A file setting; empty (the default) means the feature is off. */
    private static Optional<Path> optionalPath(RuntimeSettings s, String key) {
        String file = s.properties().getProperty(key, "").trim();
        return file.isEmpty() ? Optional.empty() : Optional.of(Path.of(file));
    }

    /**
     * The client order ids' prefix for one start of a run: the run id and the start time (epoch
     * millis, base 36). A restarted session keeps its run id and order store, and its order
     * sequence starts again at 1, so without the start time its first ids would repeat ones the
     * store already holds and be refused as duplicates. In a backtest the start is venue time, so
     * the same world still gives the same ids.
     */
    public static String orderIdPrefix(String runId, Instant start) {
        return runId + "-" + Long.toString(start.toEpochMilli(), 36);
    }

    /** Lets a benchmark see frames in, snapshots and commands out; set before the session starts. */
    public void probe(LatencyProbe probe) {
        this.probe = Objects.requireNonNull(probe, "probe");
        marketFeed.probe(probe);
        loop.probe(probe);
    }

    /** A market frame the socket's thread is handing on to be applied (for the probe). */
    public void frameReceived(String frame) {
        LatencyProbe p = probe;
        if (p != LatencyProbe.NONE) { // no clock read per frame outside a benchmark
            p.frameReceived(frame, System.nanoTime());
        }
    }

    /** Reconciles the store with the venue: before any order, and then periodically. */
    public ReconciliationReport reconcile() {
        return firewall.control().reconcile();
    }

    /** Whether any order the store holds open has passed its GTD expiration. */
    public boolean anyGtdExpired() {
        Instant now = v.clock().instant();
        List<Order> open = v.store().unsettledOrders();
        return open.stream().anyMatch(o -> o.intent().expiration().map(now::isAfter).orElse(false)
                && o.remaining().compareTo(Shares.ZERO) > 0);
    }

    private AccountHealth accountHealth() {
        return new AccountHealth(feeds.userChannelAge(), heartbeat.consecutiveFailures(), venueErrors.rate());
    }

    public FirewallHandles firewall() {
        return firewall;
    }

    /** The venue's dead-man heartbeat, beaten by the session's timer; its failures feed the circuit breakers. */
    public Heartbeat heartbeat() {
        return heartbeat;
    }

    public VenueErrorRate venueErrors() {
        return venueErrors;
    }

    public MarketFeed marketFeed() {
        return marketFeed;
    }

    public UserFeed userFeed() {
        return userFeed;
    }

    /** The commands handed to the executor and not finished yet. */
    public OrdersInFlight inFlight() {
        return inFlight;
    }

    public MakerLoop loop() {
        return loop;
    }

    public OrderSender sender() {
        return sender;
    }

    public AstraMetrics metrics() {
        return metrics;
    }

    public SessionStats stats() {
        return stats;
    }

    public MarkTape tape() {
        return tape;
    }

    /** The parity opportunities seen so far, with the rules' verdicts (paper records; none is traded). */
    public ParityRecorder parity() {
        return parityRecorder;
    }

    public FeedHealth feeds() {
        return feeds;
    }
}
