package astra.runtime;

import astra.execution.firewall.CollateralBalance;
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
import astra.rules.LiveRules;
import astra.rules.RulesDirectoryWatcher;
import astra.strategy.quote.QuoterSettings;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.seda.SedaEndpoint;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
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
    /** The setting that says where market frames are applied: on the socket's thread, or a feed thread's queue. */
    public static final String MARKET_FEED_ON_SOCKET_THREAD = "astra.market-feed.on-socket-thread";
    /** The setting that puts the thread applying market frames in the real-time class: 1-99, or 0 for none. */
    public static final String MARKET_FEED_REALTIME_PRIORITY = "astra.market-feed.realtime-priority";
    /** Markouts are kept this long: the longest horizon with room to spare. */
    public static final Duration MARKOUT_WINDOW = Duration.ofHours(1);
    /** A mid older than this is not a mid (the quoter then falls back or stands aside). */
    public static final Duration MID_MAX_AGE = Duration.ofSeconds(30);

    /** What the runtime runs over, built by the command (paper, live, a test). */
    public record Venues(Clock clock, RuntimeSettings settings, Venue venue, CollateralBalance balance,
            MarketUniverse universe, OrderStore store, FactStore facts, LiveRules rules, Path rulesDir,
            String walletAddress, URI marketChannel, URI userChannel, ApiCredentials credentials,
            HeartbeatFactory heartbeat,
            QuoterSettings quoter, String orderIdPrefix) {}

    private final Venues v;
    private final ExecutorService safety = Executors.newSingleThreadExecutor(r -> daemon(r, "astra-safety"));
    private final ScheduledExecutorService streamScheduler = Executors.newScheduledThreadPool(1,
            r -> daemon(r, "astra-streams"));
    private final TradingCore core;
    private DeadLetters deadLetters;
    private Main main;
    private volatile MarketStream marketStream;
    private UserStream userStream;
    private RulesDirectoryWatcher watcher;
    private AdminServer admin;
    private boolean stopped;
    private final List<FeedHealthCheck> healthChecks;

    public AstraRuntime(Venues venues) {
        this.v = Objects.requireNonNull(venues, "venues");
        this.core = new TradingCore(v, safety, this::resnapshot);
        this.healthChecks = List.of(
                FeedHealthCheck.market(core.feeds(), () -> v.rules().current().policy().feeds().marketFeedStale()),
                FeedHealthCheck.user(core.feeds(), () -> v.rules().current().policy().feeds().userChannelBlind()));
    }

    /** Starts everything; returns once reconciled, subscribed and routing. */
    public AstraRuntime start() throws Exception {
        // Reconcile before any order: the store must describe the venue before we add to it.
        ReconciliationReport first = core.reconcile();
        LOG.info("start-up reconciliation: {}", first.summary());
        core.loop().followUnsettledBuys(); // before the decision route's thread starts
        deadLetters = new DeadLetters(core.metrics().registry());

        RuntimeSettings s = v.settings();
        main = new Main();
        main.setInitialProperties(s.properties());
        main.configure().addRoutesBuilder(new ErrorHandlingConfiguration());
        main.configure().addRoutesBuilder(new DeadLetterRoute(deadLetters));
        boolean onSocketThread = s.flag(MARKET_FEED_ON_SOCKET_THREAD);
        String marketFeed = Endpoints.marketFeed(onSocketThread);
        RealtimeThreads feedThreads = new RealtimeThreads(s.integer(MARKET_FEED_REALTIME_PRIORITY), streamScheduler,
                core.metrics()::realtimeThread);
        main.configure().addRoutesBuilder(new MarketFeedRoute(core.marketFeed(), core.loop(),
                core.loop()::claimSnapshotSlot, s.millisOrOff("astra.keep-warm.period-ms"), marketFeed,
                feedThreads::enlist));
        main.configure().addRoutesBuilder(new UserFeedRoute(core.userFeed()));
        main.configure().addRoutesBuilder(new DecisionRoute(core.loop(), marketFeed));
        main.configure().addRoutesBuilder(new ExecutorRoute(core.sender(), core::anyGtdExpired));
        main.configure().addRoutesBuilder(new HeartbeatRoute(core.heartbeat()));
        main.start();
        CamelContext camel = main.getCamelContext();
        ProducerTemplate frames = camel.createProducerTemplate();
        HealthCheckRegistry checks = HealthCheckRegistry.get(camel);
        if (checks == null) {
            throw new IllegalStateException("Camel has no health check registry (camel-health missing?)");
        }
        healthChecks.forEach(checks::register);

        marketStream = new MarketStream(streamSettings(v.marketChannel(), marketChannelClient(onSocketThread)),
                MarketStream.DEFAULT_MAX_ASSETS_PER_CONNECTION,
                (connection, frame) -> {
                    core.frameReceived(frame);
                    frames.sendBody(marketFeed, frame);
                }, new MarketStream.Listener() {
                    @Override
                    public void onDrop(Set<String> assets) {
                        frames.sendBody(marketFeed, new FeedDropped(assets));
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
        UserStream users = userStream;
        UserChannelLiveness liveness = new UserChannelLiveness(core.feeds(), users::isOpen,
                () -> users.counters().pongs(), () -> users.counters().opens());
        streamScheduler.scheduleAtFixedRate(liveness, 1, 1, TimeUnit.SECONDS);
        watcher = RulesDirectoryWatcher.start(v.rulesDir(), v.rules());
        admin = new AdminServer(s.integer("astra.admin.port"), core.metrics(), v.rules(), v.rulesDir(), health());
        LOG.info("running: {} markets, admin on http://127.0.0.1:{}/metrics", v.universe().all().size(), admin.port());
        return this;
    }

    /**
     * Fresh snapshots for books that lost theirs (called by the feed, holding its books). Done on the
     * streams' scheduler: restarting a connection reports its drop back to the feed, which on the
     * socket's thread would re-enter the feed, and would wait on that socket while holding the books.
     */
    private void resnapshot(Set<String> assets) {
        MarketStream stream = marketStream;
        if (stream != null) {
            LOG.warn("asking for fresh snapshots of {} assets (awaiting a snapshot, or the channel is silent)",
                    assets.size());
            try {
                streamScheduler.execute(() -> stream.resnapshot(assets));
            } catch (RejectedExecutionException stopping) {
                LOG.info("not asking for fresh snapshots: the streams are stopping");
            }
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
        // The rule session is closed by the thread that owns it, through its own queue. From then on
        // the loop decides nothing, so its route keeps running: what still reaches the queue (a
        // snapshot claimed just before the close, a late fill) is taken off and dropped, instead of
        // waiting in a stopped route's queue until the shutdown gives up on it and forces every route.
        camel.createProducerTemplate().requestBody(Endpoints.DECISIONS, MakerLoop.CLOSE);
        camel.getRouteController().stopRoute("executor");
        discardQueuedCommands(camel);
        LOG.info("halting ({}): {}", reason, core.firewall().control().halt(reason));
        ReconciliationReport last = core.reconcile();
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

    /**
     * Commands a book move handed over just as the session stopped would wait in the stopped
     * executor's queue; the halt that follows cancels everything, so they are dropped, and said.
     */
    private static void discardQueuedCommands(CamelContext camel) {
        SedaEndpoint executor = camel.getEndpoint(Endpoints.EXECUTOR, SedaEndpoint.class);
        int queued = executor.getCurrentQueueSize();
        if (queued > 0) {
            executor.purgeQueue();
            LOG.info("dropped {} executor command(s) queued when the session stopped; the halt cancels all", queued);
        }
    }

    @Override
    public void close() throws Exception {
        stop("close");
    }

    /** The trading components this runtime moves. */
    public TradingCore core() {
        return core;
    }

    public AstraMetrics metrics() {
        return core.metrics();
    }

    public SessionStats stats() {
        return core.stats();
    }

    public MarkTape tape() {
        return core.tape();
    }

    public FeedHealth feeds() {
        return core.feeds();
    }

    public DeadLetters deadLetters() {
        return deadLetters;
    }

    public int adminPort() {
        return admin.port();
    }

    private AdminServer.HealthView health() {
        return new AdminServer.HealthView() {
            @Override
            public boolean healthy() {
                return healthChecks.stream().allMatch(c -> c.call().getState() == HealthCheck.State.UP);
            }

            @Override
            public String text() {
                FeedHealth feeds = core.feeds();
                StringBuilder checks = new StringBuilder();
                for (FeedHealthCheck c : healthChecks) {
                    HealthCheck.Result r = c.call();
                    checks.append(c.getId()).append(": ").append(r.getState())
                            .append(r.getMessage().map(m -> " (" + m + ")").orElse("")).append('\n');
                }
                return checks + "market data age: " + feeds.marketDataAge().toMillis() + " ms\n"
                        + "user channel age: " + feeds.userChannelAge().toMillis() + " ms\n"
                        + "firewall: " + core.firewall().control().status().gate() + "\n"
                        + "rules: " + v.rules().current().version().id() + "\n";
            }
        };
    }

    private StreamSettings streamSettings(URI uri) {
        return streamSettings(uri, HttpClient.newHttpClient());
    }

    private StreamSettings streamSettings(URI uri, HttpClient http) {
        return new StreamSettings(uri, http, streamScheduler, Backoff.DEFAULT,
                Duration.ofSeconds(10), new Random(), v.clock());
    }

    /**
     * The market channel's own client. When its frames are applied where they arrive, the client
     * hands each one to the listener on its I/O thread rather than through its executor: one thread
     * wake-up less per frame (p50 about 0.15 ms less from the venue's publish to an intent,
     * docs/benchmarks.md, latency, session 17). Safe because nothing on that thread waits on this
     * client: a frame or a drop only reaches the feed, the subscription is sent without waiting for
     * it, and resnapshots run on the streams' scheduler. No other request shares the client.
     */
    private static HttpClient marketChannelClient(boolean framesAppliedOnSocketThread) {
        return framesAppliedOnSocketThread ? HttpClient.newBuilder().executor(Runnable::run).build()
                : HttpClient.newHttpClient();
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
