package astra.execution.firewall;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.InvalidOrderException;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Reservation;
import astra.ports.OrderStore;
import astra.ports.Venue;
import astra.ports.VenueOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the store into line with the venue. The venue's open orders are read before its fills,
 * so an order that fills completely between the two reads is seen filled rather than cancelled.
 * Fills are recorded first (idempotently, by key), then every unsettled order is settled from what
 * the venue showed, then orders open on the venue that the store does not know are cancelled or
 * adopted. An UNKNOWN order is never assumed rejected: it stays UNKNOWN until the venue shows it.
 *
 * <p>Runs on the firewall's lock; it holds the venue only through the firewall that built it.
 */
final class Reconciler {
    private static final Logger LOG = LoggerFactory.getLogger(Reconciler.class);
    private static final String RULE = "firewall.reconciler";

    private final Venue venue;
    private final OrderStore store;
    private final Clock clock;
    private final FirewallConfig config;
    private final RollingMutationBudget budget;
    private final FirewallAudit audit;
    private final Function<ConditionId, Optional<Market>> markets;
    private Instant lastReconciledAt;

    Reconciler(Venue venue, OrderStore store, Clock clock, FirewallConfig config, RollingMutationBudget budget,
            FirewallAudit audit, Function<ConditionId, Optional<Market>> markets) {
        this.venue = venue;
        this.store = store;
        this.clock = clock;
        this.config = config;
        this.budget = budget;
        this.audit = audit;
        this.markets = markets;
    }

    ReconciliationReport run() {
        Instant now = clock.instant();
        Map<ReconcileAction, Integer> counts = new EnumMap<>(ReconcileAction.class);
        Instant since = fillsSince(store.unsettledOrders(), now);
        List<VenueOrder> open = venue.openOrders();
        List<Fill> fills = venue.fillsSince(since);
        Map<String, VenueOrder> openByKey = new HashMap<>();
        open.forEach(v -> openByKey.put(VenueIds.key(v.venueId()), v));

        List<Fill> recorded = recordFills(fills, counts);
        for (Order order : store.unsettledOrders()) {
            settle(order, openByKey, now, counts);
        }
        handleOrphans(open, now, counts);
        lastReconciledAt = now;
        return new ReconciliationReport(now, counts, recorded);
    }

    /** From the oldest unsettled order or the last pass, whichever is earlier, less an overlap. */
    private Instant fillsSince(List<Order> unsettled, Instant now) {
        Instant base = lastReconciledAt != null ? lastReconciledAt : now.minus(config.firstFillLookback());
        for (Order o : unsettled) {
            if (o.createdAt().isBefore(base)) {
                base = o.createdAt();
            }
        }
        return base.minus(config.fillOverlap());
    }

    /**
     * Records the fills the store does not have and moves the known ones' statuses on; returns the
     * recorded. A fill the store refuses is tried again once the others are in (a buy's FAILED that
     * a sell needs goes through once that sell's FAILED has), and one still refused is counted and
     * audited, while the rest of the pass goes on: one bad fill must not stop every reconciliation.
     */
    private List<Fill> recordFills(List<Fill> fills, Map<ReconcileAction, Integer> counts) {
        List<Fill> recorded = new ArrayList<>();
        List<Fill> refused = new ArrayList<>();
        for (Fill fill : fills) {
            try {
                recordFill(fill, recorded, counts);
            } catch (RuntimeException e) {
                refused.add(fill);
            }
        }
        for (Fill fill : refused) {
            try {
                recordFill(fill, recorded, counts);
            } catch (RuntimeException e) {
                bump(counts, ReconcileAction.FILL_REFUSED);
                LOG.error("the store refused fill {} ({} {} {} @ {}, {}): {}", fill.key(), fill.side(), fill.size(),
                        fill.token(), fill.price(), fill.status(), e.toString());
                audit.event(Optional.of(fill.market()), "record fill", "FILL_REFUSED", RULE, "venue fill "
                        + fill.key() + " (" + fill.side() + " " + fill.size() + " @ " + fill.price() + ", "
                        + fill.status() + ") refused by the store: " + e.getMessage() + "; new orders stay refused");
            }
        }
        return recorded;
    }

    private void recordFill(Fill fill, List<Fill> recorded, Map<ReconcileAction, Integer> counts) {
        Optional<Fill> known = store.findFill(fill.key());
        if (known.isEmpty()) {
            if (store.recordFill(fill)) {
                recorded.add(fill);
                bump(counts, ReconcileAction.FILL_RECORDED);
            }
        } else if (known.get().status() != fill.status() && known.get().status().counts()) {
            store.updateFillStatus(fill.key(), fill.status());
            bump(counts, ReconcileAction.FILL_STATUS_UPDATED);
        }
    }

    private void settle(Order order, Map<String, VenueOrder> open, Instant now, Map<ReconcileAction, Integer> counts) {
        switch (order.status()) {
            case INTENT -> settleIntent(order, open, now, counts);
            case UNKNOWN -> resolveUnknown(order, open, now, counts);
            case LIVE, PARTIALLY_FILLED -> settleTracked(order, open, now, counts);
            default -> throw new IllegalStateException("not an unsettled order: " + order);
        }
    }

    private void settleIntent(Order order, Map<String, VenueOrder> open, Instant now,
            Map<ReconcileAction, Integer> counts) {
        if (order.venueId().isEmpty()) {
            close(order, OrderStatus.REJECTED, now, "never sent: no venue id was assigned (stopped before signing)");
            bump(counts, ReconcileAction.NEVER_SENT_REJECTED);
            return;
        }
        // Signed, and perhaps sent before a crash: the venue may hold it. Resolve it like an ambiguous submit.
        Order unknown = store.transition(order.clientOrderId(), OrderStatus.UNKNOWN, now,
                Optional.of("signed but no submit answer recorded; resolving by hash"));
        resolveUnknown(unknown, open, now, counts);
    }

    private void resolveUnknown(Order order, Map<String, VenueOrder> open, Instant now,
            Map<ReconcileAction, Integer> counts) {
        OrderId hash = order.venueId().orElseThrow(
                () -> new IllegalStateException("UNKNOWN order " + order.clientOrderId() + " has no venue id"));
        Optional<VenueOrder> shown = Optional.ofNullable(open.get(VenueIds.key(hash)));
        if (shown.isEmpty()) {
            shown = lookUp(hash);
        }
        if (shown.isPresent()) {
            OrderStatus next = order.filled().isZero() ? OrderStatus.LIVE : OrderStatus.PARTIALLY_FILLED;
            store.transition(order.clientOrderId(), next, now, Optional.of("found open on the venue by hash"));
            resizeReservation(order);
            bump(counts, ReconcileAction.UNKNOWN_NOW_OPEN);
        } else if (order.remaining().isZero()) {
            close(order, OrderStatus.FILLED, now, "filled (found by its fills)");
            bump(counts, ReconcileAction.UNKNOWN_NOW_FILLED);
        } else if (!order.filled().isZero()) {
            store.transition(order.clientOrderId(), OrderStatus.PARTIALLY_FILLED, now,
                    Optional.of("partly filled (found by its fills); not shown open"));
            resizeReservation(order);
            bump(counts, ReconcileAction.UNKNOWN_NOW_PARTIALLY_FILLED);
        } else if (expired(order, now)) {
            close(order, OrderStatus.EXPIRED, now, "GTD past its expiration: cannot be open, whether or not it existed");
            bump(counts, ReconcileAction.EXPIRED);
        } else if (!order.intent().type().rests()
                && !now.isBefore(order.createdAt().plus(config.immediateOrderSettle()))) {
            close(order, OrderStatus.CANCELLED, now, order.intent().type()
                    + " neither open nor filled " + config.immediateOrderSettle() + " after its submit: it cannot rest");
            bump(counts, ReconcileAction.UNKNOWN_IMMEDIATE_CLOSED);
        } else {
            bump(counts, ReconcileAction.UNKNOWN_STILL_UNKNOWN);
        }
    }

    private Optional<VenueOrder> lookUp(OrderId hash) {
        try {
            return venue.findOpen(hash);
        } catch (RuntimeException e) {
            LOG.warn("could not look order {} up by hash; it stays UNKNOWN: {}", hash, e.toString());
            return Optional.empty();
        }
    }

    private void settleTracked(Order order, Map<String, VenueOrder> open, Instant now,
            Map<ReconcileAction, Integer> counts) {
        if (order.remaining().isZero()) {
            close(order, OrderStatus.FILLED, now, "filled");
            bump(counts, ReconcileAction.FILLED);
            return;
        }
        boolean isOpen = order.venueId().map(id -> open.containsKey(VenueIds.key(id))).orElse(false);
        if (isOpen) {
            OrderStatus next = order.filled().isZero() ? OrderStatus.LIVE : OrderStatus.PARTIALLY_FILLED;
            if (next != order.status()) {
                store.transition(order.clientOrderId(), next, now, Optional.of("fills recorded"));
                bump(counts, ReconcileAction.PARTIALLY_FILLED);
            }
            resizeReservation(order);
            return;
        }
        if (expired(order, now)) {
            close(order, OrderStatus.EXPIRED, now, "GTD past its expiration and no longer open on the venue");
            bump(counts, ReconcileAction.EXPIRED);
        } else {
            close(order, OrderStatus.CANCELLED, now, "no longer open on the venue, " + order.filled() + " of "
                    + order.intent().size() + " filled");
            bump(counts, ReconcileAction.CANCELLED);
        }
    }

    private static boolean expired(Order order, Instant now) {
        return order.intent().expiration().map(e -> !now.isBefore(e)).orElse(false);
    }

    private void close(Order order, OrderStatus status, Instant now, String reason) {
        store.transition(order.clientOrderId(), status, now, Optional.of(reason));
        store.release(order.clientOrderId());
    }

    /**
     * Sizes the reservation of an order still open to what its unfilled rest commits as a resting
     * maker, worked out from the order each time: scaling what it held before shrank it again at
     * every pass. An order not filled at all keeps what it reserved at submit while that covers its
     * rest (a buy that could have taken reserved a fee too: more than it needs, safe). An open order
     * holding none, or less than its rest, had a match undone by a FAILED trade (released when it
     * filled in full, or resized to a smaller rest): it reserves its rest again.
     */
    private void resizeReservation(Order order) {
        Order current = store.find(order.clientOrderId()).orElse(order);
        if (current.remaining().isZero()) {
            return;
        }
        Reservation needed = ReservationSizing.forRestOf(current);
        Optional<Reservation> held = store.reservations().stream()
                .filter(r -> r.order().equals(order.clientOrderId())).findFirst();
        boolean keep = held.isPresent() && (held.get().equals(needed)
                || current.filled().isZero() && ReservationSizing.covers(held.get(), needed));
        if (!keep) {
            store.release(order.clientOrderId());
            store.reserve(needed);
        }
    }

    private void handleOrphans(List<VenueOrder> open, Instant now, Map<ReconcileAction, Integer> counts) {
        List<VenueOrder> toCancel = new ArrayList<>();
        for (VenueOrder v : open) {
            Optional<Order> known = known(v.venueId());
            if (known.isPresent() && !closedYetOpen(known.get())) {
                continue;
            }
            if (known.isEmpty() && config.orphanPolicy() == OrphanPolicy.ADOPT && adopt(v, now)) {
                bump(counts, ReconcileAction.ORPHAN_ADOPTED);
            } else {
                toCancel.add(v);
            }
        }
        if (toCancel.isEmpty()) {
            return;
        }
        // A safety cancel: it bypasses the mutation budget, and is stamped in it.
        budget.recordBypass(toCancel.size());
        Set<String> confirmed = cancelOrphans(toCancel);
        for (VenueOrder v : toCancel) {
            boolean gone = confirmed.contains(VenueIds.key(v.venueId()));
            bump(counts, gone ? ReconcileAction.ORPHAN_CANCELLED : ReconcileAction.ORPHAN_CANCEL_UNCONFIRMED);
            audit.event(Optional.of(v.market()), "cancel orphan", gone ? "ORPHAN_CANCELLED" : "ORPHAN_CANCEL_UNCONFIRMED",
                    RULE, "venue order " + v.venueId() + " (" + v.side() + " " + v.originalSize() + " @ " + v.price()
                            + ") is unknown to the store; cancel " + (gone ? "confirmed" : "NOT confirmed")
                            + " (budget bypassed: safety cancel)");
        }
    }

    private Set<String> cancelOrphans(List<VenueOrder> orphans) {
        try {
            return venue.cancel(orphans.stream().map(VenueOrder::venueId).toList()).stream()
                    .map(VenueIds::key).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            LOG.error("cancelling {} orphan orders failed; they may still be open: {}", orphans.size(), e.toString());
            return Set.of();
        }
    }

    private Optional<Order> known(OrderId id) {
        Optional<Order> order = store.findByVenueId(id);
        return order.isPresent() ? order : store.findByVenueId(new OrderId(VenueIds.key(id)));
    }

    /**
     * An order the store closed (cancelled, expired, rejected) that the venue shows open: nothing
     * tracks, quotes against or reserves for it any more (e.g. closed as gone before its fill was
     * seen, then reopened by that fill's FAILED trade), so it is cancelled as an orphan is, whatever
     * the orphan policy. A FILLED one is not: a FAILED trade reopens it in the store itself.
     */
    private static boolean closedYetOpen(Order order) {
        return order.status() == OrderStatus.CANCELLED || order.status() == OrderStatus.EXPIRED
                || order.status() == OrderStatus.REJECTED;
    }

    /** Records an orphan as ours; false (so it is cancelled) when its market is unknown or it is not a valid order. */
    private boolean adopt(VenueOrder v, Instant now) {
        Optional<Market> market = markets.apply(v.market());
        if (market.isEmpty()) {
            return false;
        }
        OrderIntent intent;
        try {
            intent = new OrderIntent(new ClientOrderId("adopted-" + v.venueId().value()), v.market(), v.token(),
                    v.side(), v.price(), v.originalSize(), market.get().tickSize(), OrderType.GTC, false,
                    Optional.empty(), "adopted: open on the venue but unknown to the store");
        } catch (InvalidOrderException e) {
            LOG.warn("orphan {} cannot be adopted ({}); it is cancelled", v.venueId(), e.getMessage());
            return false;
        }
        ClientOrderId id = intent.clientOrderId();
        store.recordIntent(Order.recorded(intent, now));
        Order assigned = store.assignVenueId(id, v.venueId(), now);
        store.transition(id, assigned.filled().isZero() ? OrderStatus.LIVE : OrderStatus.PARTIALLY_FILLED, now,
                Optional.of("adopted from the venue"));
        store.reserve(ReservationSizing.forRestOf(assigned));
        audit.event(Optional.of(v.market()), "adopt orphan", "ORPHAN_ADOPTED", RULE,
                "venue order " + v.venueId() + " recorded as " + id);
        return true;
    }

    private static void bump(Map<ReconcileAction, Integer> counts, ReconcileAction action) {
        counts.merge(action, 1, Integer::sum);
    }
}
