package astra.execution.firewall;

/** What a reconciliation did, counted per kind in its {@link ReconciliationReport}. */
public enum ReconcileAction {
    /** A fill the venue reported that the store did not hold. */
    FILL_RECORDED,
    /** A recorded fill whose trade status changed (e.g. MINED, CONFIRMED, FAILED). */
    FILL_STATUS_UPDATED,
    /**
     * A fill, or a status change of one, the store refused (e.g. a buy FAILED that a sell recorded
     * since needs): the store no longer describes the venue, so the gate stays closed.
     */
    FILL_REFUSED,
    /** An INTENT that never got a venue id (crash before signing): REJECTED, "never sent". */
    NEVER_SENT_REJECTED,
    /** An UNKNOWN order the venue shows open: LIVE or PARTIALLY_FILLED. */
    UNKNOWN_NOW_OPEN,
    /** An UNKNOWN order whose fills cover its size: FILLED. */
    UNKNOWN_NOW_FILLED,
    /** An UNKNOWN order with some fills, not open: PARTIALLY_FILLED, closed next pass if still absent. */
    UNKNOWN_NOW_PARTIALLY_FILLED,
    /** An UNKNOWN order neither open nor filled: stays UNKNOWN, asked again next pass. */
    UNKNOWN_STILL_UNKNOWN,
    /** An UNKNOWN FOK/FAK, neither open nor filled long after its submit: it cannot rest, so CANCELLED. */
    UNKNOWN_IMMEDIATE_CLOSED,
    /** A tracked order that filled completely. */
    FILLED,
    /** A live order the venue shows partly filled. */
    PARTIALLY_FILLED,
    /** A tracked order no longer open on the venue and not fully filled. */
    CANCELLED,
    /** As CANCELLED, for a GTD past its expiration. */
    EXPIRED,
    /** A venue-open order unknown to the store, cancelled and confirmed. */
    ORPHAN_CANCELLED,
    /** A venue-open order unknown to the store, cancel sent but not confirmed: the gate stays closed. */
    ORPHAN_CANCEL_UNCONFIRMED,
    /** A venue-open order unknown to the store, recorded as ours. */
    ORPHAN_ADOPTED
}
