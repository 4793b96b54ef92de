/**
 * The executor firewall: the only path from a decision to the venue.
 *
 * <p>{@link astra.execution.firewall.Firewalls} is the one place a {@link astra.ports.Venue} is
 * handed over; it returns three narrow faces ({@link astra.execution.firewall.OrderGateway} for
 * strategies, {@link astra.execution.firewall.ExecutionControl} for the runtime,
 * {@link astra.execution.firewall.DeadManSwitch} for the heartbeat), and the class holding the
 * venue is package-private. An architecture test fails if code outside {@code astra.execution}
 * names the Venue.
 *
 * <p>Invariants:
 * <ul>
 *   <li>No order is sent before a reconciliation has succeeded, nor after a heartbeat failure or a
 *       cancel-all until the next one has; none while halted. Cancels always pass the gate.
 *   <li>An intent is recorded in the order store, its balance reserved and its venue id (the
 *       signed order's hash) stored before it is submitted; batches carry at most
 *       {@link astra.ports.Venue#MAX_BATCH} orders.
 *   <li>An ambiguous submit leaves the order UNKNOWN until the venue shows it by its hash; it is
 *       never taken for a rejection. A reconciliation that cannot find it leaves it UNKNOWN.
 *   <li>Every post and every cancel counts against a rolling mutation budget; what exceeds it is
 *       refused and counted, never queued. Safety cancels (cancel-all, orphans) bypass the check
 *       but are counted.
 *   <li>Every refusal leaves a decision audit line with its reason code and the firewall rule name.
 *   <li>A cancel-all repeats, with backoff, until the venue shows no order of ours open; if the
 *       bound is reached it raises {@link astra.execution.firewall.CancelAllFailedException},
 *       audits and logs the failure, and keeps new orders refused.
 *   <li>Reservations are released when an order is final (filled, cancelled, expired, rejected);
 *       a partly filled order's reservation shrinks in proportion, rounded up.
 * </ul>
 */
package astra.execution.firewall;
