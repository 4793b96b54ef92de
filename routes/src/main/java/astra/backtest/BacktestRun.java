package astra.backtest;

import astra.domain.Fill;
import astra.execution.firewall.ReconciliationReport;
import astra.facts.FactStore;
import astra.polymarket.stream.MarketStream;
import astra.polymarket.stream.UserStream;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.WsMessage;
import astra.ports.OrderStore;
import astra.rules.LiveRules;
import astra.runtime.AstraRuntime;
import astra.runtime.BookMoved;
import astra.runtime.ExecutorCommand;
import astra.runtime.MakerLoop;
import astra.runtime.MarketSnapshot;
import astra.runtime.PaperSession;
import astra.runtime.RuntimeSettings;
import astra.runtime.TradingCore;
import astra.runtime.VenueHeartbeat;
import astra.simulator.server.InProcessSocket;
import astra.strategy.quote.QuoterSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of the trading components over a {@link BacktestWorld}, on one thread: {@link #start()}
 * reconciles and subscribes, {@link #step()} moves the venue one decision period, feeds the
 * frames it produced, runs a decision cycle and executes its commands (and the timers' work when
 * due: heartbeat, reconciliation, GTD check); {@link #stop(String)} halts, reconciles and closes
 * the rule session. {@link #abandon()} leaves without any of that, as a crash would.
 */
public final class BacktestRun implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BacktestRun.class);

    private final BacktestWorld world;
    private final OrderStore store;
    private final TradingCore core;
    private final ExecutorService safety;
    private final Runnable heartbeat;
    private final Consumer<StepView> observer;
    private final long step;
    private final long reconcileEvery;
    private final long heartbeatEvery;
    private final long gtdEvery;
    // Filled on the venue thread before the call that caused the frames returns; drained here.
    private final Queue<String> marketFrames = new ConcurrentLinkedQueue<>();
    private final Queue<String> userFrames = new ConcurrentLinkedQueue<>();
    private final Queue<List<WsMessage>> marketEvents = new ConcurrentLinkedQueue<>();
    private final MarketChannelDecoder preDecoder = new MarketChannelDecoder();
    // Set before start(); read on the venue thread as frames arrive, outside the timed phases.
    private volatile Consumer<String> marketTap = frame -> { };
    private volatile boolean preDecode;
    private final FrameErrors errors;
    private final PhaseTimes phases = new PhaseTimes();
    /** Quoted markets whose books moved in the frames drained: requoted at once in {@link #step()}. */
    private final List<BookMoved> moves = new ArrayList<>();
    private InProcessSocket market;
    private InProcessSocket user;
    private long nextReconcile;
    private long nextHeartbeat;
    private long nextGtd;
    private long steps;
    private long frames;
    private boolean started;
    private boolean finished;

    /**
     * @param observer sees every step's view (a no-op for plain backtests)
     */
    public BacktestRun(BacktestWorld world, OrderStore store, FactStore facts, LiveRules rules, Path rulesDir,
            RuntimeSettings settings, String runId, Consumer<StepView> observer) {
        this.world = Objects.requireNonNull(world, "world");
        this.store = Objects.requireNonNull(store, "store");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.safety = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "astra-backtest-safety");
            t.setDaemon(true);
            return t;
        });
        URI ws = world.simulator().wsUri();
        AstraRuntime.Venues venues = new AstraRuntime.Venues(world.clock(), settings, world.venue(), world.balance(),
                world.universe(), store, facts, rules, rulesDir, world.address(), URI.create(ws + "/market"),
                URI.create(ws + "/user"), PaperSession.SIMULATOR_CREDENTIALS,
                (deadMan, errors) -> new VenueHeartbeat(world.clob(), deadMan, errors), QuoterSettings.defaults(), runId);
        this.core = new TradingCore(venues, safety, assets -> reopenMarketChannel());
        this.heartbeat = core.heartbeat();
        this.errors = new FrameErrors(core.metrics().registry());
        this.step = settings.integer("astra.decision.period-ms");
        this.reconcileEvery = settings.integer("astra.reconcile.period-ms");
        this.heartbeatEvery = settings.integer("astra.heartbeat.period-ms");
        this.gtdEvery = settings.integer("astra.gtd-check.period-ms");
    }

    /** Reconciles with the venue before any order, subscribes both channels and takes the first books. */
    public ReconciliationReport start() {
        if (started) {
            throw new IllegalStateException("the run has started already");
        }
        started = true;
        ReconciliationReport first = core.reconcile();
        LOG.info("start-up reconciliation: {}", first.summary());
        core.loop().followUnsettledBuys();
        market = world.simulator().connect("market", this::onMarketFrame);
        market.send(MarketStream.initialSubscription(world.universe().tokenIds()));
        user = world.simulator().connect("user", userFrames::add);
        user.send(UserStream.subscription(PaperSession.SIMULATOR_CREDENTIALS, world.universe().conditionIds()));
        core.feeds().marketConnected(true);
        core.feeds().userConnected(true);
        drain();
        long now = world.clock().millis();
        nextReconcile = now + reconcileEvery;
        nextHeartbeat = now;
        nextGtd = now + gtdEvery;
        return first;
    }

    /** One decision period of venue time, and everything it leads to. */
    public StepView step() {
        if (!started || finished) {
            throw new IllegalStateException("the run is not running");
        }
        long t0 = System.nanoTime();
        long now = world.advance(step);
        long t1 = System.nanoTime();
        drainUserFrames();
        long t2 = System.nanoTime();
        drainMarketFrames();
        long t3 = System.nanoTime();
        // The in-process user connection is alive while it is open: what a socket's PONGs show in
        // real time (the venue sends the user channel nothing while none of our orders changes).
        core.feeds().userConnected(!user.isClosed());
        phases.add(Part.SIMULATOR, t1 - t0);
        phases.add(Part.USER_FEED, t2 - t1 + System.nanoTime() - t3);
        phases.add(Part.MARKET_FEED, t3 - t2);
        reactToMoves();
        long t4 = System.nanoTime();
        if (now >= nextHeartbeat) {
            heartbeat.run();
            nextHeartbeat = now + heartbeatEvery;
        }
        long t5 = System.nanoTime();
        MarketSnapshot snapshot = core.marketFeed().snapshot();
        List<ExecutorCommand> commands = core.loop().onMessage(snapshot);
        long t6 = System.nanoTime();
        for (ExecutorCommand command : commands) {
            execute(command);
        }
        long t7 = System.nanoTime();
        if (now >= nextReconcile) {
            execute(new ExecutorCommand.Reconcile("periodic"));
            nextReconcile = now + reconcileEvery;
        }
        if (now >= nextGtd) {
            if (core.anyGtdExpired()) {
                execute(new ExecutorCommand.Reconcile("GTD orders past their expiration"));
            }
            nextGtd = now + gtdEvery;
        }
        phases.add(Part.HEARTBEAT, t5 - t4);
        phases.add(Part.CYCLE, t6 - t5);
        phases.add(Part.CYCLE_ORDERS, t7 - t6);
        phases.add(Part.RECONCILE, System.nanoTime() - t7);
        steps++;
        StepView view = new StepView(world.clock().instant(), snapshot, core.loop().lastCycle()
                .filter(c -> !c.at().isBefore(world.clock().instant())), core.firewall().control().status());
        observer.accept(view);
        return view;
    }

    /**
     * Carries a command out as the executor route does: fills a reconciliation recorded that the
     * store did not have go to the decision thread, as the route sends them.
     */
    private void execute(ExecutorCommand command) {
        for (Fill fill : core.sender().execute(command)) {
            core.loop().onMessage(fill);
        }
    }

    /**
     * The book moves of the frames just drained, each requoted as the feed thread would as it
     * arrives (a superseded one is skipped), their commands executed before the next move.
     */
    private void reactToMoves() {
        for (BookMoved moved : moves) {
            long t0 = System.nanoTime();
            List<ExecutorCommand> commands = core.loop().onBookMoved(moved);
            long t1 = System.nanoTime();
            for (ExecutorCommand command : commands) {
                execute(command);
            }
            phases.add(Part.BOOK_MOVES, t1 - t0);
            phases.add(Part.BOOK_MOVE_ORDERS, System.nanoTime() - t1);
        }
        moves.clear();
    }

    /** Halts (cancel-all), reconciles, takes the last frames and closes the rule session. */
    public ReconciliationReport stop(String reason) {
        if (finished) {
            throw new IllegalStateException("the run has finished already");
        }
        finished = true;
        LOG.info("halting ({}): {}", reason, core.firewall().control().halt(reason));
        drain();
        moves.clear(); // halted: nothing is requoted any more
        ReconciliationReport last = core.reconcile();
        LOG.info("final reconciliation: {}", last.summary());
        drain();
        moves.clear();
        core.loop().onMessage(MakerLoop.CLOSE);
        close();
        return last;
    }

    /** Leaves as a crash would: no cancel, no reconciliation; the venue keeps what rests. */
    public void abandon() {
        finished = true;
        core.loop().onMessage(MakerLoop.CLOSE);
        close();
    }

    @Override
    public void close() {
        finished = true;
        if (market != null) {
            market.close();
        }
        if (user != null) {
            user.close();
        }
        safety.shutdown();
        try {
            safety.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public TradingCore core() {
        return core;
    }

    public long steps() {
        return steps;
    }

    public long frames() {
        return frames;
    }

    public long undecodableFrames() {
        return errors.count();
    }

    /** Wall time so far per phase of the steps. */
    public PhaseTimes phases() {
        return phases;
    }

    /** The feed asked for fresh snapshots: reconnect, as the market stream does over a socket. */
    private void reopenMarketChannel() {
        if (market != null) {
            market.close();
        }
        market = world.simulator().connect("market", this::onMarketFrame);
        market.send(MarketStream.initialSubscription(world.universe().tokenIds()));
    }

    /**
     * Hands every market frame our feed receives to {@code tap}, as it arrives on the venue's
     * thread, so outside the timed phases (benchmarks time the feed on the very frames they record).
     */
    public void tapMarketFrames(Consumer<String> tap) {
        this.marketTap = Objects.requireNonNull(tap, "tap");
    }

    /**
     * From now on market frames are decoded as they arrive, on the venue's thread (outside the
     * timed phases), and the feed applies the events: the path of a backtest over recorded events.
     */
    public void preDecodeMarketFrames() {
        this.preDecode = true;
    }

    private void onMarketFrame(String frame) {
        marketTap.accept(frame);
        if (preDecode) {
            marketEvents.add(preDecoder.decode(frame));
        } else {
            marketFrames.add(frame);
        }
    }

    /** Every frame produced so far: user frames first (fills), then the books. */
    private void drain() {
        drainUserFrames();
        drainMarketFrames();
    }

    private void drainUserFrames() {
        String frame;
        while ((frame = userFrames.poll()) != null) {
            frames++;
            try {
                for (Fill fill : core.userFeed().onFrame(frame)) {
                    core.loop().onMessage(fill);
                }
            } catch (IllegalArgumentException bad) {
                errors.record("user-feed", bad, frame);
            }
        }
    }

    private void drainMarketFrames() {
        String frame;
        while ((frame = marketFrames.poll()) != null) {
            frames++;
            try {
                moves.addAll(core.marketFeed().onFrame(frame));
            } catch (IllegalArgumentException bad) {
                errors.record("market-feed", bad, frame);
            }
        }
        List<WsMessage> events;
        while ((events = marketEvents.poll()) != null) {
            frames++;
            try {
                moves.addAll(core.marketFeed().onMessages(events));
            } catch (IllegalArgumentException bad) {
                errors.record("market-feed", bad, events.toString());
            }
        }
    }
}
