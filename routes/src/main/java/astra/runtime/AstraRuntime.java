package astra.runtime;

import astra.domain.Order;
import astra.domain.Shares;
import astra.execution.CanonicalMid;
import astra.execution.GtdExpiry;
import astra.execution.MidFallbackCounters;
import astra.execution.firewall.CollateralBalance;
import astra.execution.firewall.FirewallConfig;
import astra.execution.firewall.FirewallHandles;
import astra.execution.firewall.Firewalls;
import astra.execution.firewall.ReconciliationReport;
import astra.facts.FactStore;
import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.stream.Backoff;
import astra.polymarket.stream.MarketStream;
import astra.polymarket.stream.StreamSettings;
import astra.polymarket.stream.UserStream;
import astra.ports.OrderStore;
import astra.ports.Venue;
import astra.routes.DeadLetterRoute;
import astra.routes.DecisionRoute;
import astra.routes.Endpoints;
import astra.routes.ErrorHandlingConfiguration;
import astra.routes.ExecutorRoute;
import astra.routes.HeartbeatRoute;
import astra.routes.MarketFeedRoute;
import astra.routes.UserFeedRoute;
import astra.rules.AccountHealth;
import astra.rules.DecisionEngine;
import astra.rules.LiveRules;
import astra.rules.QuoteabilityScorer;
import astra.rules.RulesDirectoryWatcher;
import astra.strategy.markout.MarkoutTracker;
import astra.strategy.quote.InventoryAwareQuoter;
import astra.strategy.quote.QuoterSettings;
import astra.strategy.select.ActiveSetSelector;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Astra over one venue: assembles the firewall, the feed threads, the decision thread's
 * maker loop and the executor under Camel Main, reconciles with the venue before any order, and on
 * {@link #stop(String)} halts (cancel-all), reconciles and shuts down in that order.
 */
public final class AstraRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AstraRuntime.class);
    /** Markouts are kept this long: the longest horizon with room to spare. */
    public static final Duration MARKOUT_WINDOW = Duration.ofHours(1);
    /** A mid older than this is not a mid (the quoter then falls back or stands aside). */
    public static final Duration MID_MAX_AGE = Duration.ofSeconds(30);

    /** What the runtime runs over, built by the command (paper, live, a test). */
    public record Venues(Clock clock, RuntimeSettings settings, Venue venue, CollateralBalance balance,
            MarketUniverse universe, OrderStore store, FactStore facts, LiveRules rules, Path rulesDir,
            String walletAddress, URI marketChannel, URI userChannel, ApiCredentials credentials,
            java.util.function.Function<astra.execution.firewall.DeadManSwitch, Runnable> heartbeat,
            QuoterSettings quoter, String orderIdPrefix) {}

    private final Venues v;
    private final AstraMetrics metrics = new AstraMetrics();
    private final SessionStats stats = new SessionStats();
    private final MarkTape tape = new MarkTape();
    private final FeedHealth feeds;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final ExecutorService safety = Executors.newSingleThreadExecutor(r -> daemon(r, "astra-safety"));
    private final ScheduledExecutorService streamScheduler = Executors.newScheduledThreadPool(1,
            r -> daemon(r, "astra-streams"));
    private FirewallHandles firewall;
    private MakerLoop loop;
    private DeadLetters deadLetters;
    private Main main;
    private volatile MarketStream marketStream;
    private UserStream userStream;
    private RulesDirectoryWatcher watcher;
    private AdminServer admin;
    private boolean stopped;

    public AstraRuntime(Venues venues) {
        this.v = Objects.requireNonNull(venues, "venues");
        this.feeds = new FeedHealth(v.clock());
    }

    /** Starts everything; returns once reconciled, subscribed and routing. */
    public AstraRuntime start() throws Exception {
        Clock clock = v.clock();
        // The budget is the policy's at start; a hot reload changes the rules, not the firewall.
        int budget = v.rules().current().policy().execution().mutationsPerMinute();
        firewall = Firewalls.over(v.venue(), v.store(), v.balance(), clock)
                .config(FirewallConfig.DEFAULTS.withMutationBudget(budget, Duration.ofMinutes(1)))
                .safetyExecutor(safety)
                .markets(v.universe()::find)
                .build();
        // Reconcile before any order: the store must describe the venue before we add to it.
        ReconciliationReport first = firewall.control().reconcile();
        LOG.info("start-up reconciliation: {}", first.summary());

        metrics.feedAges(feeds);
        metrics.gauge("astra_mutations_in_window", firewall.control(), c -> c.status().mutationsInWindow());
        metrics.gauge("astra_orders_in_flight", inFlight, AtomicInteger::get);
        metrics.rulesVersion(v.rules().current().version().id());
        deadLetters = new DeadLetters(metrics.registry());

        RuntimeSettings s = v.settings();
        MarketFeed marketFeed = new MarketFeed(clock, v.universe(), feeds, this::resnapshot,
                s.millis("astra.feed.resnapshot-after-ms"));
        UserFeed userFeed = new UserFeed(v.store(), v.universe(), feeds, metrics, stats);
        loop = new MakerLoop(new MakerLoop.Parts(clock, v.universe(), v.facts(), v.store(),
                new DecisionEngine(v.rules()::current, new QuoteabilityScorer(), clock), new QuoteabilityScorer(),
                new ActiveSetSelector(s.integer("astra.active-set.max-markets"),
                        s.integer("astra.active-set.max-per-cluster")),
                new InventoryAwareQuoter(clock, v.quoter(), new GtdExpiry(clock)),
                () -> v.rules().current().policy().execution().requoteDriftTicks(),
                () -> budget - firewall.control().status().mutationsInWindow(),
                new CanonicalMid(clock, MID_MAX_AGE, new MidFallbackCounters()),
                new MarkoutTracker(clock, MARKOUT_WINDOW), metrics, stats, tape, inFlight, this::accountHealth,
                s.decimal("astra.bankroll-usd").movePointRight(6).longValueExact(), v.orderIdPrefix()));
        OrderSender sender = new OrderSender(firewall.gateway(), firewall.control(), metrics, stats, inFlight);

        main = new Main();
        main.setInitialProperties(s.properties());
        main.configure().addRoutesBuilder(new ErrorHandlingConfiguration());
        main.configure().addRoutesBuilder(new DeadLetterRoute(deadLetters));
        main.configure().addRoutesBuilder(new MarketFeedRoute(marketFeed));
        main.configure().addRoutesBuilder(new UserFeedRoute(userFeed));
        main.configure().addRoutesBuilder(new DecisionRoute(loop));
        main.configure().addRoutesBuilder(new ExecutorRoute(sender, this::anyGtdExpired));
        main.configure().addRoutesBuilder(new HeartbeatRoute(v.heartbeat().apply(firewall.deadMan())));
        main.start();
        CamelContext camel = main.getCamelContext();
        ProducerTemplate frames = camel.createProducerTemplate();

        marketStream = new MarketStream(streamSettings(v.marketChannel()), MarketStream.DEFAULT_MAX_ASSETS_PER_CONNECTION,
                (connection, frame) -> frames.sendBody(Endpoints.MARKET_FEED, frame), new MarketStream.Listener() {
                    @Override
                    public void onDrop(Set<String> assets) {
                        frames.sendBody(Endpoints.MARKET_FEED, new FeedDropped(assets));
                    }

                    @Override
                    public void onReopen(Set<String> assets) {
                        // the reopened connection resubscribes; its snapshots rebuild the books
                    }
                });
        marketStream.subscribe(v.universe().tokenIds());
        userStream = new UserStream(streamSettings(v.userChannel()), v.credentials(), v.universe().conditionIds(),
                frame -> frames.sendBody(Endpoints.USER_FEED, frame));
        userStream.start();
        watcher = RulesDirectoryWatcher.start(v.rulesDir(), v.rules());
        admin = new AdminServer(s.integer("astra.admin.port"), metrics, v.rules(), v.rulesDir(), health());
        LOG.info("running: {} markets, admin on http://127.0.0.1:{}/metrics", v.universe().all().size(), admin.port());
        return this;
    }

    /** Fresh snapshots for books that lost theirs (called from the feed thread). */
    private void resnapshot(Set<String> assets) {
        MarketStream stream = marketStream;
        if (stream != null) {
            LOG.warn("asking for fresh snapshots of {} assets (awaiting a snapshot, or the channel is silent)",
                    assets.size());
            stream.resnapshot(assets);
        }
    }

    /** Stops quoting, cancels everything, reconciles, and shuts down. Safe to call twice. */
    public synchronized ReconciliationReport stop(String reason) throws Exception {
        if (stopped) {
            return null;
        }
        stopped = true;
        CamelContext camel = main.getCamelContext();
        camel.getRouteController().stopRoute("decision-timer");
        // The rule session is closed by the thread that owns it, through its own queue.
        camel.createProducerTemplate().requestBody(Endpoints.DECISIONS, MakerLoop.CLOSE);
        camel.getRouteController().stopRoute("decision-cycle");
        camel.getRouteController().stopRoute("executor");
        LOG.info("halting ({}): {}", reason, firewall.control().halt(reason));
        ReconciliationReport last = firewall.control().reconcile();
        LOG.info("final reconciliation: {}", last.summary());
        closeQuietly(marketStream);
        closeQuietly(userStream);
        main.stop();
        closeQuietly(watcher);
        closeQuietly(admin);
        safety.shutdown();
        streamScheduler.shutdownNow();
        safety.awaitTermination(5, TimeUnit.SECONDS);
        return last;
    }

    @Override
    public void close() throws Exception {
        stop("close");
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

    public DeadLetters deadLetters() {
        return deadLetters;
    }

    public int adminPort() {
        return admin.port();
    }

    private AccountHealth accountHealth() {
        return new AccountHealth(feeds.userChannelAge(), 0, BigDecimal.ZERO);
    }

    private boolean anyGtdExpired() {
        Instant now = v.clock().instant();
        List<Order> open = v.store().unsettledOrders();
        return open.stream().anyMatch(o -> o.intent().expiration().map(now::isAfter).orElse(false)
                && o.remaining().compareTo(Shares.ZERO) > 0);
    }

    private AdminServer.HealthView health() {
        return new AdminServer.HealthView() {
            @Override
            public boolean healthy() {
                return feeds.marketConnected() && feeds.userConnected()
                        && v.rules().current().policy().feeds().marketFeedStale().compareTo(feeds.marketDataAge()) > 0;
            }

            @Override
            public String text() {
                return "market data age: " + feeds.marketDataAge().toMillis() + " ms\n"
                        + "user channel age: " + feeds.userChannelAge().toMillis() + " ms\n"
                        + "firewall: " + firewall.control().status().gate() + "\n"
                        + "rules: " + v.rules().current().version().id() + "\n";
            }
        };
    }

    private StreamSettings streamSettings(URI uri) {
        return new StreamSettings(uri, HttpClient.newHttpClient(), streamScheduler, Backoff.DEFAULT,
                Duration.ofSeconds(10), new Random(), v.clock());
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing {} failed: {}", c.getClass().getSimpleName(), e.toString());
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
