package astra.polymarket.clob;

import astra.polymarket.rest.VenueErrorKind;
import astra.polymarket.rest.VenueException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The venue's dead-man switch: POST /v1/heartbeats every {@link #DEFAULT_INTERVAL}, each carrying
 * the {@code heartbeat_id} of the previous answer. Once started, the venue cancels every order of
 * the account if no heartbeat arrives for 10 s; a beat every 5 s leaves room for one lost beat.
 *
 * <p>Wire shape, from the venue's SDKs: py-clob-client-v2 {@code endpoints.py} names
 * {@code POST_HEARTBEAT = "/v1/heartbeats"} and {@code client.py post_heartbeat(heartbeat_id="")}
 * sends the compact body {@code {"heartbeat_id":""}} (empty for the first) with L2 headers;
 * rs-clob-client {@code HeartbeatResponse} reads {@code {"heartbeat_id": <uuid>, "error": ...}}.
 * The venue's API reference (docs.polymarket.com, "Send heartbeat", POST /heartbeats) shows the
 * older answer {@code {"status": "ok"}}, without an id; then the previous id is kept.
 *
 * <p>Failures are counted and reported to a {@link HeartbeatListener}. After a failure the last
 * acknowledged id is sent again, except after a refusal (HTTP 400), which we take to mean the
 * chain is broken (e.g. the id expired), so the next beat starts a new chain with "".
 */
public final class Heartbeats implements AutoCloseable {
    public static final String PATH = "/v1/heartbeats";
    public static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(Heartbeats.class);

    private final ClobClient client;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final HeartbeatListener listener;

    private final AtomicInteger consecutiveFailures = new AtomicInteger();
    private final AtomicLong totalFailures = new AtomicLong();
    private final AtomicLong beats = new AtomicLong();
    private volatile String lastId = "";
    private ScheduledFuture<?> task;

    public Heartbeats(ClobClient client, ScheduledExecutorService scheduler, Duration interval,
            HeartbeatListener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.listener = Objects.requireNonNull(listener, "listener");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("heartbeat interval must be positive");
        }
    }

    /** Sends the first heartbeat now and then one every interval. */
    public synchronized void start() {
        if (task != null) {
            throw new IllegalStateException("heartbeats already started");
        }
        long every = interval.toMillis();
        task = scheduler.scheduleAtFixedRate(this::beat, 0, every, TimeUnit.MILLISECONDS);
    }

    /**
     * Stops sending. The venue will then cancel all the account's orders about 10 s after the
     * last heartbeat: stopping is itself a cancel-all, on purpose or not.
     */
    public synchronized void stop() {
        if (task != null) {
            task.cancel(false);
            task = null;
        }
    }

    @Override
    public void close() {
        stop();
    }

    public synchronized boolean isRunning() {
        return task != null && !task.isDone();
    }

    /** The id the next heartbeat will carry ("" before the first acknowledgement). */
    public String lastHeartbeatId() {
        return lastId;
    }

    public int consecutiveFailures() {
        return consecutiveFailures.get();
    }

    public long totalFailures() {
        return totalFailures.get();
    }

    public long acknowledgedBeats() {
        return beats.get();
    }

    /** One heartbeat. Never throws: an exception would silently end a scheduled task's repeats. */
    void beat() {
        try {
            HeartbeatAck ack = client.postHeartbeat(lastId);
            if (ack.error().isPresent()) {
                failed("venue error: " + ack.error().get());
                return;
            }
            ack.heartbeatId().ifPresent(id -> lastId = id);
            consecutiveFailures.set(0);
            beats.incrementAndGet();
            notifyBeat();
        } catch (VenueException e) {
            if (e.kind() == VenueErrorKind.REJECTED) {
                lastId = "";
            }
            failed(e.getMessage());
        } catch (RuntimeException e) {
            failed(e.toString());
        }
    }

    private void failed(String reason) {
        int consecutive = consecutiveFailures.incrementAndGet();
        long total = totalFailures.incrementAndGet();
        LOG.warn("heartbeat failed ({} in a row): {}", consecutive, reason);
        try {
            listener.onFailure(consecutive, total, reason);
        } catch (RuntimeException e) {
            LOG.error("heartbeat listener failed", e);
        }
    }

    private void notifyBeat() {
        try {
            listener.onBeat(lastId);
        } catch (RuntimeException e) {
            LOG.error("heartbeat listener failed", e);
        }
    }
}
