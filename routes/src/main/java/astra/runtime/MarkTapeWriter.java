package astra.runtime;

import astra.ports.RunRecords;
import astra.report.MarkSnapshot;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persists a session's mark tape as it is recorded: the decision thread only queues each point
 * ({@link #accept}); a writer thread stores what has queued every {@link #DEFAULT_PERIOD} in one
 * batch, and {@link #close()} stores the rest, so the store holds the whole tape once the session
 * has ended. A batch that fails is logged and kept for the next attempt.
 */
public final class MarkTapeWriter implements java.util.function.Consumer<MarkSnapshot>, AutoCloseable {
    /** A batch every 5 s: about five points per batch, off the decision thread's path. */
    public static final Duration DEFAULT_PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(MarkTapeWriter.class);

    private final RunRecords records;
    private final String runId;
    private final ConcurrentLinkedQueue<MarkSnapshot> queued = new ConcurrentLinkedQueue<>();
    private final List<MarkSnapshot> retry = new ArrayList<>();
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "astra-mark-writer");
        t.setDaemon(true);
        return t;
    });

    public MarkTapeWriter(RunRecords records, String runId, Duration period) {
        this.records = Objects.requireNonNull(records, "records");
        this.runId = Objects.requireNonNull(runId, "runId");
        writer.scheduleWithFixedDelay(this::flushQuietly, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void accept(MarkSnapshot point) {
        queued.add(point);
    }

    /** Stores every point queued so far, in one batch; throws when the store refuses it. */
    public synchronized void flush() {
        List<MarkSnapshot> batch = new ArrayList<>(retry);
        for (MarkSnapshot p = queued.poll(); p != null; p = queued.poll()) {
            batch.add(p);
        }
        retry.clear();
        if (batch.isEmpty()) {
            return;
        }
        try {
            records.recordMarks(runId, batch);
        } catch (RuntimeException e) {
            retry.addAll(batch);
            throw e;
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            LOG.warn("storing the mark tape of {} failed, will retry: {}", runId, e.getMessage());
        }
    }

    /** Stops the writer thread and stores what is left; a failure here is the caller's to see. */
    @Override
    public void close() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(10, TimeUnit.SECONDS);
        flush();
    }
}
