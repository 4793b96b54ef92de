package astra.execution.firewall;

/**
 * What the runtime (not a strategy) does with the firewall: reconcile on start and periodically,
 * cancel everything, halt and resume. Halt, the kill switch and shutdown all go through
 * {@link #halt(String)}.
 */
public interface ExecutionControl {

    /**
     * Compares the store with the venue and settles the differences; opens the firewall for new
     * orders when it succeeds and every orphan it cancelled is confirmed gone.
     */
    ReconciliationReport reconcile();

    /**
     * Cancels every order of ours on the venue, repeating until the venue shows none open.
     * Bypasses the mutation budget (a safety cancel is never refused for want of budget) but is
     * counted in it. Afterwards new orders wait for a reconciliation, which settles the store.
     *
     * @throws CancelAllFailedException when the bound of attempts is reached without confirmation
     */
    CancelAllReport cancelAll(String reason);

    /** Refuses every new order from now on and cancels all; see {@link #cancelAll(String)}. */
    CancelAllReport halt(String reason);

    /** Lifts a halt; new orders still wait for a successful reconciliation. */
    void resume(String reason);

    FirewallStatus status();

    /** Mutations allowed in the rolling window now. */
    int mutationLimit();

    /**
     * Mutations the rolling window holds now: {@code status().mutationsInWindow()} without the rest
     * of the status, since a book move's path to an order reads it.
     */
    int mutationsInWindow();

    /**
     * Changes the rolling window's limit (the policy's {@code execution.mutations-per-minute} after a
     * hot reload); mutations already in the window keep counting against the new limit.
     */
    void mutationLimit(int perWindow);
}
