package astra.runtime;

import astra.execution.firewall.DeadManSwitch;
import astra.polymarket.clob.ClobClient;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One beat of the venue's dead-man heartbeat, run by the heartbeat route's timer. The venue
 * cancels all our orders when beats stop; after {@link #FAILURES_BEFORE_DEAD_MAN} failures in a
 * row we assume it has, and the firewall's dead-man switch closes the gate and cancels all.
 */
public final class VenueHeartbeat implements Heartbeat {
    /** Two missed beats at 5 s leave the venue's 10 s window nearly spent. */
    public static final int FAILURES_BEFORE_DEAD_MAN = 2;
    private static final Logger LOG = LoggerFactory.getLogger(VenueHeartbeat.class);

    private final ClobClient clob;
    private final DeadManSwitch deadMan;
    private final VenueErrorRate errors;
    private String previousId = "";
    private int consecutiveFailures;

    /** @param errors counts each beat as a venue request that succeeded or failed */
    public VenueHeartbeat(ClobClient clob, DeadManSwitch deadMan, VenueErrorRate errors) {
        this.clob = Objects.requireNonNull(clob, "clob");
        this.deadMan = Objects.requireNonNull(deadMan, "deadMan");
        this.errors = Objects.requireNonNull(errors, "errors");
    }

    @Override
    public synchronized void run() {
        try {
            var ack = clob.postHeartbeat(previousId);
            if (ack.heartbeatId().isEmpty()) {
                throw new IllegalStateException("venue refused the beat: " + ack.error().orElse("no id, no error"));
            }
            previousId = ack.heartbeatId().get();
            consecutiveFailures = 0;
            errors.succeeded();
        } catch (RuntimeException e) {
            consecutiveFailures++;
            errors.failed();
            LOG.warn("heartbeat failed ({} in a row): {}", consecutiveFailures, e.getMessage());
            if (consecutiveFailures == FAILURES_BEFORE_DEAD_MAN) {
                deadMan.heartbeatFailed("heartbeat failed " + consecutiveFailures + " times in a row: " + e.getMessage());
            }
            // The venue forgets a chain after a failure; start a new one.
            previousId = "";
        }
    }

    @Override
    public synchronized int consecutiveFailures() {
        return consecutiveFailures;
    }
}
