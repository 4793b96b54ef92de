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
import astra.rules.AccountHealth;
import astra.rules.DecisionEngine;
import astra.rules.QuoteabilityScorer;
import astra.strategy.markout.MarkoutTracker;
import astra.strategy.quote.InventoryAwareQuoter;
import astra.strategy.select.ActiveSetSelector;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The trading components every session shares, whatever moves them: the executor firewall, the
 * market and user feeds' work, the decision thread's maker loop and the executor's sender, with
 * the session's metrics, counters and mark tape. The real-time runtime moves them with Camel
 * routes and sockets; the backtest calls them in turn on virtual time. Either way the same
 * objects decide and trade, so a backtest exercises what paper and live run.
 */
public final class TradingCore {
    private final AstraRuntime.Venues v;
    private final AstraMetrics metrics = new AstraMetrics();
    private final SessionStats stats = new SessionStats();
    private final MarkTape tape = new MarkTape();
    private final FeedHealth feeds;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final int budget;
    private final FirewallHandles firewall;
    private final MarketFeed marketFeed;
    private final UserFeed userFeed;
    private final MakerLoop loop;
    private final OrderSender sender;

    /**
     * @param safety runs the firewall's safety cancels (dead man, halt) off the caller's thread
     * @param resnapshot asks the market stream for fresh snapshots of these assets
     */
    public TradingCore(AstraRuntime.Venues venues, ExecutorService safety, Consumer<Set<String>> resnapshot) {
        this.v = Objects.requireNonNull(venues, "venues");
        this.feeds = new FeedHealth(v.clock());
        // The budget is the policy's at start; a hot reload changes the rules, not the firewall.
        this.budget = v.rules().current().policy().execution().mutationsPerMinute();
        this.firewall = Firewalls.over(v.venue(), v.store(), v.balance(), v.clock())
                .config(FirewallConfig.DEFAULTS.withMutationBudget(budget, Duration.ofMinutes(1)))
                .safetyExecutor(safety)
                .markets(v.universe()::find)
                .build();
        RuntimeSettings s = v.settings();
        this.marketFeed = new MarketFeed(v.clock(), v.universe(), feeds, resnapshot,
                s.millis("astra.feed.resnapshot-after-ms"));
        this.userFeed = new UserFeed(v.store(), v.universe(), feeds, metrics, stats);
        this.loop = new MakerLoop(new MakerLoop.Parts(v.clock(), v.universe(), v.facts(), v.store(),
                new DecisionEngine(v.rules()::current, new QuoteabilityScorer(), v.clock()), new QuoteabilityScorer(),
                new ActiveSetSelector(s.integer("astra.active-set.max-markets"),
                        s.integer("astra.active-set.max-per-cluster")),
                new InventoryAwareQuoter(v.clock(), v.quoter(), new GtdExpiry(v.clock())),
                () -> v.rules().current().policy().execution().requoteDriftTicks(),
                () -> budget - firewall.control().status().mutationsInWindow(),
                new CanonicalMid(v.clock(), AstraRuntime.MID_MAX_AGE, new MidFallbackCounters()),
                new MarkoutTracker(v.clock(), AstraRuntime.MARKOUT_WINDOW), metrics, stats, tape, inFlight,
                this::accountHealth, s.decimal("astra.bankroll-usd").movePointRight(6).longValueExact(),
                v.orderIdPrefix()));
        this.sender = new OrderSender(firewall.gateway(), firewall.control(), metrics, stats, inFlight);
        metrics.feedAges(feeds);
        metrics.gauge("astra_mutations_in_window", firewall.control(), c -> c.status().mutationsInWindow());
        metrics.gauge("astra_orders_in_flight", inFlight, AtomicInteger::get);
        metrics.rulesVersion(v.rules().current().version().id());
    }

    /** Lets a benchmark see frames in, snapshots and commands out; set before the session starts. */
    public void probe(LatencyProbe probe) {
        marketFeed.probe(probe);
        loop.probe(probe);
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
        return new AccountHealth(feeds.userChannelAge(), 0, BigDecimal.ZERO);
    }

    public FirewallHandles firewall() {
        return firewall;
    }

    public MarketFeed marketFeed() {
        return marketFeed;
    }

    public UserFeed userFeed() {
        return userFeed;
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

    public FeedHealth feeds() {
        return feeds;
    }
}
