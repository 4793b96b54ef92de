package astra.execution.firewall;

/**
 * The hook for the venue adapter's heartbeat: when heartbeats fail the venue may already have
 * cancelled all our orders (or will, within 10 s), so the store no longer describes the venue.
 */
public interface DeadManSwitch {

    /**
     * Closes the firewall to new orders at once (until the next successful reconciliation) and
     * starts a cancel-all on the firewall's safety executor. Returns without waiting for the venue,
     * so it may be called from the heartbeat thread.
     */
    void heartbeatFailed(String reason);
}
