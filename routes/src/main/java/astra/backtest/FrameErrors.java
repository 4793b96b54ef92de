package astra.backtest;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Frames a feed could not take, counted per feed and logged (the first few in full), as the
 * runtime's dead-letter route does for Camel: the backtest carries on with the next frame.
 */
final class FrameErrors {
    private static final Logger LOG = LoggerFactory.getLogger(FrameErrors.class);
    /** Frames logged with their text; after these, only the counter moves. */
    private static final int LOGGED = 20;
    private static final int BODY_CHARS = 300;

    private final MeterRegistry registry;
    private long count;

    FrameErrors(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String feed, RuntimeException cause, String frame) {
        count++;
        // The same counter the runtime's dead-letter route moves, so dashboards read both alike.
        registry.counter("astra_dead_letters", "route", feed).increment();
        if (count <= LOGGED) {
            LOG.warn("{} frame refused ({}): {}", feed, cause.getMessage(),
                    frame.length() > BODY_CHARS ? frame.substring(0, BODY_CHARS) + "…" : frame);
        }
    }

    long count() {
        return count;
    }
}
