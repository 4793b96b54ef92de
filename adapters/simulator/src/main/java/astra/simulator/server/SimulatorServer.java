package astra.simulator.server;

import astra.simulator.auth.ApiKeyRegistry;
import astra.simulator.fault.FaultDrills;
import astra.simulator.fault.Faults;
import astra.simulator.host.HostedVenue;
import astra.simulator.host.VenueCounters;
import astra.simulator.host.VenueThread;
import astra.simulator.http.VenueApi;
import astra.simulator.world.Resolution;
import astra.simulator.world.World;
import astra.simulator.ws.Channel;
import astra.simulator.ws.FrameRecorder;
import astra.simulator.ws.FrameSink;
import astra.simulator.ws.MarketChannel;
import astra.simulator.ws.UserChannel;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A Polymarket-compatible venue on 127.0.0.1: CLOB REST, Gamma, data-API, JSON-RPC and the two
 * WebSocket channels, over a seeded world, with the configured trader funded at start. In
 * VIRTUAL time the clock moves only by {@link #advanceBy(long)}; in REAL time it follows the wall.
 * The configured fault schedule runs on the venue's clock in either mode. For a session report it
 * exposes the world's ground truth: {@link #fairValueAt}, {@link #resolutions()}, {@link #counts()}.
 */
public final class SimulatorServer implements AutoCloseable {
    public static final String HOST = "127.0.0.1";
    private static final long START_TIMEOUT_SECONDS = 30;

    private final SimulatorConfig config;
    private final VenueThread thread = new VenueThread();
    private final Faults faults = new Faults();
    private final FrameRecorder recorder = new FrameRecorder();
    private final HostedVenue venue;
    private final MarketChannel market;
    private final UserChannel user;
    private final FaultDrills drills;
    private final long startMillis;
    /** The venue's time as of the last advance, for the rate limiter's windows in VIRTUAL time. */
    private volatile long virtualNowMillis;
    private Vertx vertx;
    private HttpServer http;

    public SimulatorServer(SimulatorConfig config) {
        this.config = config;
        ApiKeyRegistry keys = new ApiKeyRegistry();
        keys.register(config.trader());
        long start = config.timeMode() == TimeMode.REAL ? System.currentTimeMillis() / 1000 * 1000 : World.START_MILLIS;
        this.startMillis = start;
        this.virtualNowMillis = start;
        this.venue = thread.await(() -> {
            HostedVenue v = new HostedVenue(World.create(config.seed(), config.scenario(), start), keys,
                    config.heartbeatTimeoutMillis(), config.newerProtocolMarkets(), config.trader().key());
            v.fund(config.trader(), config.traderPusdMicros());
            v.advanceTo(start);
            return v;
        });
        this.market = thread.await(() -> {
            MarketChannel m = new MarketChannel(venue.exchange(), faults, recorder);
            venue.exchange().subscribe(m);
            return m;
        });
        this.user = thread.await(() -> {
            UserChannel u = new UserChannel(venue.exchange(), keys, venue, venue.ledger()::tradeIdsOfOrder);
            venue.exchange().subscribe(u);
            return u;
        });
        faults.onDropSockets(() -> thread.await(() -> {
            dropSocketsOnVenueThread();
            return null;
        }));
        // Drills run on the venue's clock, so they keep venue time in VIRTUAL and in REAL mode.
        this.drills = new FaultDrills(faults, this::dropSocketsOnVenueThread);
        thread.await(() -> {
            drills.schedule(config.faultSchedule(), venue.exchange().scheduler(), start);
            return null;
        });
    }

    private void dropSocketsOnVenueThread() {
        market.closeAll();
        user.closeAll();
    }

    /** Listens on 127.0.0.1 (the configured port, or an ephemeral one for 0). */
    public SimulatorServer start() {
        vertx = Vertx.vertx();
        http = vertx.createHttpServer()
                .requestHandler(VenueApi.router(vertx, thread, venue, faults, config.rateLimits(),
                        // Bursts are counted on the venue's clock: in VIRTUAL time a backtest sends a
                        // minute's orders in milliseconds of wall time, which is not a burst.
                        config.timeMode() == TimeMode.VIRTUAL ? () -> virtualNowMillis : System::currentTimeMillis,
                        config.orderVerifier(), config.l1Check(), this::advanceBy))
                .webSocketHandler(new Sockets(thread, market, user));
        await(http.listen(config.port(), HOST).toCompletionStage().toCompletableFuture());
        if (config.timeMode() == TimeMode.REAL) {
            long startMillis = thread.await(venue::nowMillis);
            long startNanos = System.nanoTime();
            vertx.setPeriodic(config.realTimeTickMillis(), id -> thread.run(() ->
                    venue.advanceTo(startMillis + (System.nanoTime() - startNanos) / 1_000_000)));
        }
        return this;
    }

    public URI baseUri() {
        return URI.create("http://" + HOST + ":" + port());
    }

    /** The WebSocket root: the market channel is {@code wsUri() + "/market"}, the user channel {@code + "/user"}. */
    public URI wsUri() {
        return URI.create("ws://" + HOST + ":" + port() + "/ws");
    }

    public int port() {
        if (http == null) {
            throw new IllegalStateException("the simulator is not started");
        }
        return http.actualPort();
    }

    public Faults faults() {
        return faults;
    }

    /**
     * Opens an in-process connection to the market ({@code "market"}) or user ({@code "user"})
     * channel: the same requests, frames and checks as over a socket, minus TCP. {@code frames}
     * runs on the venue thread and must only hand the text on (e.g. to a queue).
     */
    public InProcessSocket connect(String channel, Consumer<String> frames) {
        Channel<?> target = switch (channel) {
            case "market" -> market;
            case "user" -> user;
            default -> throw new IllegalArgumentException("no channel '" + channel + "' (market or user)");
        };
        AtomicBoolean closed = new AtomicBoolean();
        FrameSink sink = new FrameSink() {
            @Override
            public void send(String text) {
                if (!closed.get()) {
                    frames.accept(text);
                }
            }

            @Override
            public void close() {
                closed.set(true);
            }
        };
        thread.await(() -> {
            target.opened(sink);
            return null;
        });
        return new InProcessSocket() {
            @Override
            public void send(String text) {
                if (closed.get()) {
                    throw new IllegalStateException("the " + channel + " connection is closed");
                }
                thread.await(() -> {
                    try {
                        target.onText(sink, text);
                    } catch (IllegalArgumentException bad) {
                        target.closed(sink);
                        sink.close();
                    }
                    return null;
                });
            }

            @Override
            public boolean isClosed() {
                return closed.get();
            }

            @Override
            public void close() {
                if (closed.compareAndSet(false, true)) {
                    thread.await(() -> {
                        target.closed(sink);
                        return null;
                    });
                }
            }
        };
    }

    /** Moves virtual time forward; refused in REAL time, where the wall moves it. */
    public void advanceBy(long millis) {
        if (config.timeMode() != TimeMode.VIRTUAL) {
            throw new IllegalStateException("time is real: it cannot be advanced by hand");
        }
        if (millis < 0) {
            throw new IllegalArgumentException("time cannot go back: " + millis);
        }
        virtualNowMillis = thread.await(() -> {
            venue.advanceTo(venue.nowMillis() + millis);
            return venue.nowMillis();
        });
    }

    /** When the run started on the venue's clock (epoch millis); fault drill offsets count from here. */
    public long startMillis() {
        return startMillis;
    }

    /**
     * The hidden fair value of an outcome token at {@code epochMillis}, in price millionths: the
     * ground truth for markouts (the YES token's fair probability, 1 − that for NO; 1 or 0 once
     * resolved). Refuses an unknown token or a time before the start.
     */
    public long fairValueAt(String tokenId, long epochMillis) {
        return thread.await(() -> venue.world().tape().tokenValueMicros(tokenId, epochMillis));
    }

    /** Every market resolved so far, in the order they closed. */
    public List<Resolution> resolutions() {
        return thread.await(() -> venue.world().resolutions());
    }

    /** Orders, trades and failed trades so far, venue-wide and of the configured trader. */
    public VenueCounters.Counts counts() {
        return thread.await(() -> venue.counters().counts());
    }

    /** How many scheduled fault drills have run. */
    public int faultDrillsRun() {
        return drills.applied();
    }

    /** Runs {@code query} on the venue thread (for tests and tools). */
    public <T> T onVenue(Function<HostedVenue, T> query) {
        return thread.await(() -> query.apply(venue));
    }

    /** The SHA-256 of every market frame emitted so far: equal for equal seeds and requests. */
    public String marketFramesHash() {
        return thread.await(recorder::hashHex);
    }

    public long marketFrameCount() {
        return thread.await(recorder::frames);
    }

    /** Hands every market frame emitted from now on to {@code tap} (e.g. to write a frame file). */
    public void tapMarketFrames(Consumer<String> tap) {
        thread.await(() -> {
            recorder.tap(tap);
            return null;
        });
    }

    /** Sends a recorded frame file (one JSON frame per line) onto the market channel, in order. */
    public void replay(Path frameFile) throws IOException {
        List<String> lines = Files.readAllLines(frameFile).stream().filter(l -> !l.isBlank()).toList();
        thread.await(() -> {
            lines.forEach(market::replay);
            return null;
        });
    }

    public void stop() {
        if (vertx != null) {
            await(vertx.close().toCompletionStage().toCompletableFuture());
            vertx = null;
        }
        thread.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static void await(java.util.concurrent.CompletableFuture<?> f) {
        try {
            f.get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the simulator's HTTP server failed: " + e.getMessage(), e);
        }
    }
}
