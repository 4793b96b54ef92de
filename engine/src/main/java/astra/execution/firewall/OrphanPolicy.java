package astra.execution.firewall;

/** What reconciliation does with an order open on the venue that the store does not know. */
public enum OrphanPolicy {
    /** Cancel it (the default): an order nobody tracks is risk nobody manages. */
    CANCEL,
    /**
     * Record it as ours (client id {@code adopted-<hash>}) and track it like any other; an orphan
     * whose market is not known to the reconciler is cancelled instead.
     */
    ADOPT
}
