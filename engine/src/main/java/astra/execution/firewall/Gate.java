package astra.execution.firewall;

import java.util.Optional;

/**
 * Whether new orders may pass: only after a reconciliation has succeeded, and only while not
 * halted. Every event that makes the store's picture of the venue doubtful (a heartbeat failure, a
 * cancel-all) bumps the epoch; a reconciliation opens the gate only if no such event happened while
 * it ran. Its methods do no I/O, so the heartbeat thread can close it without waiting.
 */
final class Gate {
    private boolean reconciled;
    private long epoch;
    private String haltReason;

    synchronized long epoch() {
        return epoch;
    }

    /** The store may no longer match the venue: no new order until the next reconciliation. */
    synchronized void invalidate() {
        reconciled = false;
        epoch++;
    }

    /** Opens for new orders if nothing invalidated the picture since {@code seenEpoch}; says whether it did. */
    synchronized boolean markReconciled(long seenEpoch) {
        if (epoch != seenEpoch) {
            return false;
        }
        reconciled = true;
        return true;
    }

    synchronized void halt(String reason) {
        haltReason = reason;
    }

    synchronized void resume() {
        haltReason = null;
    }

    synchronized boolean reconciled() {
        return reconciled;
    }

    synchronized Optional<String> haltReason() {
        return Optional.ofNullable(haltReason);
    }

    /** Why a new order may not pass now, if it may not. */
    synchronized Optional<RefusalCode> closedBecause() {
        if (haltReason != null) {
            return Optional.of(RefusalCode.HALTED);
        }
        return reconciled ? Optional.empty() : Optional.of(RefusalCode.NOT_RECONCILED);
    }

    synchronized String describe() {
        return haltReason != null ? "halted: " + haltReason
                : reconciled ? "open" : "awaiting a successful reconciliation";
    }
}
