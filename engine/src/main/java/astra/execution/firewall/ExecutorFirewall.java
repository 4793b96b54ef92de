package astra.execution.firewall;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.Reservation;
import astra.ports.OrderStore;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.Venue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only holder of the {@link Venue}: every order and cancel passes here. An intent is checked,
 * budgeted, recorded in the store, has its balance reserved, is signed and gets its venue id in
 * the store, and only then is sent, in batches of at most {@link Venue#MAX_BATCH}. An ambiguous
 * answer leaves the order UNKNOWN, to be resolved by its hash; it is never taken for a rejection.
 *
 * <p>Its public face is three narrow interfaces: {@link OrderGateway} for strategies,
 * {@link ExecutionControl} for the runtime, {@link DeadManSwitch} for the heartbeat. Built only by
 * {@link Firewalls}. One lock serialises everything that talks to the venue, so the budget, the
 * balance check and the gate each see one sender.
 */
final class ExecutorFirewall implements OrderGateway, ExecutionControl, DeadManSwitch {
    private static final Logger LOG = LoggerFactory.getLogger(ExecutorFirewall.class);

    private final Venue venue;
    private final OrderStore store;
    private final Clock clock;
    private final FirewallConfig config;
    private final Pause pause;
    private final Executor safetyExecutor;
    private final RollingMutationBudget budget;
    private final IntentChecks checks;
    private final CollateralBalance balance;
    private final FirewallAudit audit;
    private final Reconciler reconciler;
    private final Gate gate = new Gate();
    private volatile String lastCancelAllFailure;

    ExecutorFirewall(Venue venue, OrderStore store, CollateralBalance balance, Clock clock, FirewallConfig config,
            Pause pause, Executor safetyExecutor, Function<ConditionId, Optional<Market>> markets) {
        this.venue = Objects.requireNonNull(venue, "venue");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.config = Objects.requireNonNull(config, "config");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.safetyExecutor = Objects.requireNonNull(safetyExecutor, "safetyExecutor");
        this.budget = new RollingMutationBudget(config.mutationLimit(), config.mutationWindow(), clock);
        this.balance = Objects.requireNonNull(balance, "balance");
        this.checks = new IntentChecks(config, clock, store, balance);
        this.audit = new FirewallAudit(store, clock);
        this.reconciler = new Reconciler(venue, store, clock, config, budget, audit,
                Objects.requireNonNull(markets, "markets"));
    }

    // --- OrderGateway ---

    @Override
    public synchronized List<SubmitResult> submit(List<OrderRequest> requests) {
        reservationsFollowFills();
        SubmitResult[] results = new SubmitResult[requests.size()];
        List<Signed> signed = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            OrderRequest request = requests.get(i);
            Optional<Refusal> refusal = admit(request);
            if (refusal.isPresent()) {
                results[i] = refused(request.intent(), refusal.get());
                continue;
            }
            SubmitResult prepared = recordReserveAndSign(request, i, signed);
            if (prepared != null) {
                results[i] = prepared;
            }
        }
        for (int from = 0; from < signed.size(); from += Venue.MAX_BATCH) {
            List<Signed> batch = signed.subList(from, Math.min(from + Venue.MAX_BATCH, signed.size()));
            for (Signed s : sendBatch(batch)) {
                results[s.index()] = s.result();
            }
        }
        return Arrays.asList(results);
    }

    @Override
    public synchronized CancelResult cancel(List<ClientOrderId> orders, String reason) {
        Objects.requireNonNull(reason, "reason");
        List<Refusal> refused = new ArrayList<>();
        Map<String, Order> toSend = new LinkedHashMap<>();
        List<OrderId> ids = new ArrayList<>();
        for (ClientOrderId id : orders) {
            Optional<Refusal> refusal = cancellable(id);
            if (refusal.isEmpty() && !budget.tryAcquire()) {
                refusal = Optional.of(new Refusal(id, RefusalCode.BUDGET_EXHAUSTED, "mutation budget of "
                        + config.mutationLimit() + " per " + config.mutationWindow() + " spent; cancel dropped"));
            }
            if (refusal.isPresent()) {
                refused.add(refusal.get());
                audit.refusal(store.find(id).map(o -> o.intent().market()), "refuse cancel", refusal.get());
                continue;
            }
            Order order = store.find(id).orElseThrow();
            OrderId venueId = order.venueId().orElseThrow();
            toSend.put(VenueIds.key(venueId), order);
            ids.add(venueId);
        }
        Set<String> confirmed = ids.isEmpty() ? Set.of() : sendCancels(ids);
        List<ClientOrderId> cancelled = new ArrayList<>();
        List<ClientOrderId> unconfirmed = new ArrayList<>();
        Instant now = clock.instant();
        for (Map.Entry<String, Order> e : toSend.entrySet()) {
            ClientOrderId id = e.getValue().clientOrderId();
            if (confirmed.contains(e.getKey()) && markCancelled(id, now, reason)) {
                cancelled.add(id);
            } else {
                unconfirmed.add(id);
            }
        }
        return new CancelResult(cancelled, unconfirmed, refused);
    }

    // --- ExecutionControl ---

    @Override
    public int mutationLimit() {
        return budget.limit();
    }

    @Override
    public int mutationsInWindow() {
        return budget.used();
    }

    @Override
    public void mutationLimit(int perWindow) {
        int before = budget.limit();
        budget.limit(perWindow);
        if (before != perWindow) {
            LOG.info("mutation budget changed from {} to {} per {}", before, perWindow, config.mutationWindow());
        }
    }


    @Override
    public synchronized ReconciliationReport reconcile() {
        long epoch = gate.epoch();
        ReconciliationReport report;
        try {
            report = reconciler.run();
        } catch (RuntimeException e) {
            // The store may describe the venue only in part now: nothing new until a pass succeeds.
            gate.invalidate();
            audit.event(Optional.empty(), "reconcile", "RECONCILIATION_FAILED", "firewall.reconciler",
                    "reconciliation failed, new orders stay refused: " + e);
            throw e;
        }
        if (!report.clean()) {
            gate.invalidate(); // an order we do not track may rest, or a fill is not counted
        }
        balance.spent(); // fills it recorded may have spent pUSD: the next check reads the wallet afresh
        boolean opened = report.clean() && gate.markReconciled(epoch);
        String code = report.clean() ? "RECONCILED" : report.count(ReconcileAction.FILL_REFUSED) > 0
                ? "RECONCILED_WITH_REFUSED_FILLS" : "RECONCILED_WITH_OPEN_ORPHANS";
        audit.event(Optional.empty(), "reconcile", code, "firewall.reconciler",
                report.summary() + "; gate " + (opened ? "open" : gate.describe()));
        return report;
    }

    @Override
    public synchronized CancelAllReport cancelAll(String reason) {
        Objects.requireNonNull(reason, "reason");
        gate.invalidate();
        List<String> failedPasses = new ArrayList<>();
        Duration backoff = config.cancelAllFirstBackoff();
        for (int attempt = 1; attempt <= config.cancelAllAttempts(); attempt++) {
            Optional<String> failure = cancelAllPass();
            if (failure.isEmpty()) {
                // Orders may have filled on the way out: the store is settled by the next reconciliation.
                gate.invalidate();
                lastCancelAllFailure = null;
                audit.event(Optional.empty(), "cancel all", "CANCEL_ALL_CONFIRMED", "firewall.cancelAll",
                        reason + ": no order open after " + attempt + " attempt(s); budget bypassed (safety cancel)");
                return new CancelAllReport(reason, attempt, clock.instant(), failedPasses);
            }
            failedPasses.add("attempt " + attempt + ": " + failure.get());
            if (attempt < config.cancelAllAttempts()) {
                pause.pause(backoff);
                backoff = backoff.multipliedBy(2);
            }
        }
        gate.invalidate();
        CancelAllFailedException failed = new CancelAllFailedException(reason, config.cancelAllAttempts(), failedPasses);
        lastCancelAllFailure = failed.getMessage();
        audit.event(Optional.empty(), "cancel all", "CANCEL_ALL_FAILED", "firewall.cancelAll", failed.getMessage());
        LOG.error("{}", failed.getMessage());
        throw failed;
    }

    @Override
    public CancelAllReport halt(String reason) {
        Objects.requireNonNull(reason, "reason");
        gate.halt(reason);
        audit.event(Optional.empty(), "halt", "HALTED", "firewall.halted", reason);
        return cancelAll("halt: " + reason);
    }

    @Override
    public void resume(String reason) {
        gate.resume();
        audit.event(Optional.empty(), "resume", "RESUMED", "firewall.halted",
                reason + "; new orders wait for a successful reconciliation");
    }

    @Override
    public FirewallStatus status() {
        return new FirewallStatus(gate.describe(), gate.closedBecause().isEmpty(), budget.used(),
                budget.refusedCount(), Optional.ofNullable(lastCancelAllFailure));
    }

    // --- DeadManSwitch ---

    @Override
    public void heartbeatFailed(String reason) {
        gate.invalidate();
        LOG.warn("heartbeat failed ({}): new orders refused until reconciled; cancelling all", reason);
        safetyExecutor.execute(() -> {
            try {
                cancelAll("heartbeat failed: " + reason);
            } catch (RuntimeException e) {
                LOG.error("cancel-all after a heartbeat failure did not complete: {}", e.getMessage(), e);
            }
        });
    }

    // --- submit steps ---

    private Optional<Refusal> admit(OrderRequest request) {
        OrderIntent intent = request.intent();
        Optional<RefusalCode> closed = gate.closedBecause();
        if (closed.isPresent()) {
            return Optional.of(new Refusal(intent.clientOrderId(), closed.get(), gate.describe()));
        }
        Optional<Refusal> refusal = checks.check(request);
        if (refusal.isEmpty() && store.find(intent.clientOrderId()).isPresent()) {
            refusal = Optional.of(new Refusal(intent.clientOrderId(), RefusalCode.DUPLICATE_CLIENT_ORDER_ID,
                    "client order id already recorded"));
        }
        if (refusal.isEmpty() && !budget.tryAcquire()) {
            refusal = Optional.of(new Refusal(intent.clientOrderId(), RefusalCode.BUDGET_EXHAUSTED, "mutation budget of "
                    + config.mutationLimit() + " per " + config.mutationWindow() + " spent; intent dropped, not queued"));
        }
        return refusal;
    }

    /** Records, reserves and signs; adds the signed order to {@code signed}, or returns why it will not be sent. */
    private SubmitResult recordReserveAndSign(OrderRequest request, int index, List<Signed> signed) {
        OrderIntent intent = request.intent();
        ClientOrderId id = intent.clientOrderId();
        Instant now = clock.instant();
        try {
            store.recordIntent(Order.recorded(intent, now));
            store.reserve(ReservationSizing.forIntent(intent, request.market().feeSchedule()));
        } catch (RuntimeException e) {
            return refused(intent, new Refusal(id, RefusalCode.STORE_FAILURE, "not recorded, so not sent: " + e));
        }
        PreparedOrder prepared;
        try {
            prepared = venue.prepare(intent);
            store.assignVenueId(id, prepared.venueId(), clock.instant());
        } catch (RuntimeException e) {
            close(id, OrderStatus.REJECTED, "not sent: signing or recording its venue id failed: " + e);
            return refused(intent, new Refusal(id, RefusalCode.SIGNING_FAILED, e.toString()));
        }
        signed.add(new Signed(index, prepared, null));
        return null;
    }

    private List<Signed> sendBatch(List<Signed> batch) {
        Optional<RefusalCode> closed = gate.closedBecause();
        if (closed.isPresent()) {
            // Closed while earlier batches went out (a heartbeat failure): these were never sent.
            return batch.stream().map(s -> s.with(unsent(s.prepared(), closed.get()))).toList();
        }
        List<PreparedOrder> orders = batch.stream().map(Signed::prepared).toList();
        Map<String, SubmitOutcome> byId = new HashMap<>();
        String noAnswer = "no answer for this order in the venue's reply";
        try {
            for (SubmitOutcome outcome : venue.submit(orders)) {
                byId.put(VenueIds.key(outcome.venueId()), outcome);
            }
        } catch (RuntimeException e) {
            noAnswer = "submit failed without a clear answer: " + e;
            LOG.warn("batch of {} orders: {}; they are UNKNOWN until resolved by hash", orders.size(), e.toString());
        }
        List<Signed> done = new ArrayList<>();
        for (Signed s : batch) {
            OrderId venueId = s.prepared().venueId();
            SubmitOutcome outcome = byId.getOrDefault(VenueIds.key(venueId), new SubmitOutcome.Ambiguous(venueId, noAnswer));
            done.add(s.with(record(s.prepared(), outcome)));
        }
        return done;
    }

    private SubmitResult record(PreparedOrder prepared, SubmitOutcome outcome) {
        ClientOrderId id = prepared.intent().clientOrderId();
        Instant now = clock.instant();
        if (outcome instanceof SubmitOutcome.Accepted accepted) {
            String how = accepted.matchedOnEntry() ? "accepted, matched on entry" : "accepted";
            store.transition(id, OrderStatus.LIVE, now, Optional.of(how));
            return new SubmitResult.Sent(id, prepared.venueId(), OrderStatus.LIVE, Optional.of(how));
        }
        if (outcome instanceof SubmitOutcome.Rejected rejected) {
            close(id, OrderStatus.REJECTED, "venue rejected: " + rejected.reason());
            audit.event(Optional.of(prepared.intent().market()), "venue rejected order", "VENUE_REJECTED",
                    "venue", "order " + id + " (" + prepared.venueId() + "): " + rejected.reason());
            return new SubmitResult.Sent(id, prepared.venueId(), OrderStatus.REJECTED, Optional.of(rejected.reason()));
        }
        SubmitOutcome.Ambiguous ambiguous = (SubmitOutcome.Ambiguous) outcome;
        // Never taken for a rejection: the order may exist. It keeps its reservation until resolved by hash.
        store.transition(id, OrderStatus.UNKNOWN, now, Optional.of("ambiguous submit: " + ambiguous.reason()));
        return new SubmitResult.Sent(id, prepared.venueId(), OrderStatus.UNKNOWN, Optional.of(ambiguous.reason()));
    }

    private SubmitResult unsent(PreparedOrder prepared, RefusalCode code) {
        ClientOrderId id = prepared.intent().clientOrderId();
        close(id, OrderStatus.REJECTED, "not sent: " + gate.describe());
        return refused(prepared.intent(), new Refusal(id, code, "closed before its batch was sent: " + gate.describe()));
    }

    private SubmitResult refused(OrderIntent intent, Refusal refusal) {
        audit.refusal(Optional.of(intent.market()), "refuse order", refusal);
        return refusal;
    }

    private void close(ClientOrderId id, OrderStatus status, String reason) {
        store.transition(id, status, clock.instant(), Optional.of(reason));
        store.release(id);
    }

    /**
     * Reservations follow the fills recorded since the last look. An order filled in full needs
     * nothing more: its tokens are delivered or its collateral paid, and the fill already changed the
     * position and the balance. Its reservation would otherwise count twice until the next
     * reconciliation closes the order, and refuse the very ask that replaces a filled one
     * (INSUFFICIENT_TOKENS). Releasing is idempotent; a partly filled order keeps its reservation
     * until the reconciler resizes it (more than its rest needs: safe).
     *
     * <p>The other way round, a FAILED trade undoes a match: the order rests on the venue again with
     * more than it had left, holding what that rest commits. An order released when it filled in
     * full, or resized to a smaller rest, reserves its rest again; otherwise every order for the
     * same tokens or pUSD would be admitted here and refused by the venue until it fills or closes.
     */
    private void reservationsFollowFills() {
        Map<ClientOrderId, Reservation> held = new HashMap<>();
        store.reservations().forEach(r -> held.put(r.order(), r));
        for (Order o : store.unsettledOrders()) {
            Reservation reserved = held.get(o.clientOrderId());
            if (o.remaining().isZero()) {
                if (reserved != null) {
                    store.release(o.clientOrderId());
                    if (reserved instanceof Reservation.Collateral) {
                        balance.spent(); // the fill took that pUSD out of the wallet
                    }
                }
            } else if (o.status().mayBeOpen()) {
                Reservation needed = ReservationSizing.forRestOf(o);
                if (reserved == null || !ReservationSizing.covers(reserved, needed)) {
                    store.release(o.clientOrderId());
                    store.reserve(needed);
                }
            }
        }
    }

    // --- cancel steps ---

    private Optional<Refusal> cancellable(ClientOrderId id) {
        Optional<Order> order = store.find(id);
        if (order.isEmpty()) {
            return Optional.of(new Refusal(id, RefusalCode.UNKNOWN_ORDER, "no such order in the store"));
        }
        if (!order.get().status().mayBeOpen() || order.get().venueId().isEmpty()) {
            return Optional.of(new Refusal(id, RefusalCode.NOT_OPEN, "order is " + order.get().status()
                    + (order.get().venueId().isEmpty() ? " and was never sent" : "")));
        }
        return Optional.empty();
    }

    private Set<String> sendCancels(List<OrderId> ids) {
        try {
            return venue.cancel(ids).stream().map(VenueIds::key).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            LOG.warn("cancel of {} orders got no clear answer; reconciliation settles them: {}", ids.size(), e.toString());
            return Set.of();
        }
    }

    private boolean markCancelled(ClientOrderId id, Instant now, String reason) {
        Order order = store.find(id).orElseThrow();
        if (!order.status().canBecome(OrderStatus.CANCELLED)) {
            return false;
        }
        store.transition(id, OrderStatus.CANCELLED, now, Optional.of("cancelled: " + reason));
        store.release(id);
        return true;
    }

    /** One pass: ask the venue to cancel everything, then whether anything of ours is still open. */
    private Optional<String> cancelAllPass() {
        try {
            budget.recordBypass(1);
            venue.cancelAll();
            int open = venue.openOrders().size();
            return open == 0 ? Optional.empty() : Optional.of(open + " order(s) still open");
        } catch (RuntimeException e) {
            return Optional.of("venue error: " + e);
        }
    }

    /** A signed order, the position of its request, and (once sent) its result. */
    private record Signed(int index, PreparedOrder prepared, SubmitResult result) {
        Signed with(SubmitResult r) {
            return new Signed(index, prepared, r);
        }
    }
}
