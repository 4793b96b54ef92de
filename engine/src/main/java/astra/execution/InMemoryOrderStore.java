package astra.execution;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.DecisionRecord;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderStatus;
import astra.domain.Position;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.portfolio.PositionLedger;
import astra.ports.OrderStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * An {@link OrderStore} held in memory, for backtests and tests: it keeps the port's invariants
 * exactly as the JDBC store does (an intent is recorded once, status changes follow
 * {@link OrderStatus#canBecome}, a fill is recorded once per {@link FillKey}, an order's filled size
 * and every position are what the counting fills add up to) but nothing survives the process.
 *
 * <p>All methods are synchronized: one lock is enough for a store that has no I/O.
 */
public final class InMemoryOrderStore implements OrderStore {

    private final Clock clock;
    private final Map<ClientOrderId, Order> orders = new LinkedHashMap<>();
    private final Map<OrderId, ClientOrderId> byVenueId = new LinkedHashMap<>();
    private final Map<FillKey, Fill> fills = new LinkedHashMap<>();
    private final Map<TokenId, Position> positions = new LinkedHashMap<>();
    private final List<Reservation> reservations = new ArrayList<>();
    private final List<DecisionRecord> audit = new ArrayList<>();

    public InMemoryOrderStore(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized void recordIntent(Order order) {
        Objects.requireNonNull(order, "order");
        if (order.status() != OrderStatus.INTENT) {
            throw new IllegalArgumentException("a new order is recorded as INTENT, not " + order.status());
        }
        if (orders.containsKey(order.clientOrderId())) {
            throw new IllegalArgumentException("order " + order.clientOrderId() + " is already recorded");
        }
        orders.put(order.clientOrderId(), order);
    }

    @Override
    public synchronized Order transition(ClientOrderId id, OrderStatus next, Instant at, Optional<String> reason) {
        Order moved = require(id).transitionTo(next, at, reason);
        orders.put(id, moved);
        return moved;
    }

    @Override
    public synchronized Order assignVenueId(ClientOrderId id, OrderId venueId, Instant at) {
        Order current = require(id);
        if (current.venueId().isPresent()) {
            if (current.venueId().get().equals(venueId)) {
                return current;
            }
            throw new IllegalStateException("order " + id + " already has venue id " + current.venueId().get()
                    + ", not " + venueId);
        }
        ClientOrderId holder = byVenueId.get(venueId);
        if (holder != null) {
            throw new IllegalStateException("venue id " + venueId + " already belongs to order " + holder);
        }
        // Fills may be delivered before the submit's reply names the order: count them now.
        Order assigned = current.withVenueId(venueId, at);
        Order counted = assigned.withFilled(checkedFilled(assigned, countedSize(venueId)), at);
        orders.put(id, counted);
        byVenueId.put(venueId, id);
        return counted;
    }

    @Override
    public synchronized Optional<Order> find(ClientOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized Optional<Order> findByVenueId(OrderId venueId) {
        return Optional.ofNullable(byVenueId.get(venueId)).map(orders::get);
    }

    @Override
    public synchronized List<Order> unsettledOrders() {
        return orders.values().stream()
                .filter(o -> o.status() == OrderStatus.INTENT || o.status().mayBeOpen())
                .sorted(Comparator.comparing(Order::createdAt).thenComparing(o -> o.clientOrderId().value()))
                .toList();
    }

    @Override
    public synchronized boolean recordFill(Fill fill) {
        Objects.requireNonNull(fill, "fill");
        if (fills.containsKey(fill.key())) {
            return false;
        }
        checkOrderCanHold(fill);
        fills.put(fill.key(), fill);
        if (fill.status().counts()) {
            recountOrUndo(fill, null);
        }
        return true;
    }

    @Override
    public synchronized void updateFillStatus(FillKey key, TradeStatus status) {
        Fill current = Optional.ofNullable(fills.get(key))
                .orElseThrow(() -> new IllegalArgumentException("no fill " + key + " is recorded"));
        if (current.status() == status) {
            return;
        }
        if (current.status() == TradeStatus.FAILED) {
            throw new IllegalStateException("trade " + key.tradeId() + " FAILED, which is final; it cannot become "
                    + status);
        }
        Fill updated = current.withStatus(status);
        if (status.counts()) {
            checkOrderCanHold(updated);
        }
        fills.put(key, updated);
        if (current.status().counts() != status.counts()) {
            recountOrUndo(updated, current);
        }
    }

    @Override
    public synchronized Optional<Fill> findFill(FillKey key) {
        return Optional.ofNullable(fills.get(key));
    }

    @Override
    public synchronized List<Fill> fills() {
        return List.copyOf(fills.values());
    }

    @Override
    public synchronized Optional<Position> position(TokenId token) {
        return Optional.ofNullable(positions.get(token));
    }

    @Override
    public synchronized List<Position> positions() {
        return positions.values().stream()
                .sorted(Comparator.comparing((Position p) -> p.market().value()).thenComparing(p -> p.token().value()))
                .toList();
    }

    @Override
    public synchronized void reserve(Reservation reservation) {
        reservations.add(Objects.requireNonNull(reservation, "reservation"));
    }

    @Override
    public synchronized void release(ClientOrderId order) {
        reservations.removeIf(r -> r.order().equals(order));
    }

    @Override
    public synchronized List<Reservation> reservations() {
        return List.copyOf(reservations);
    }

    @Override
    public synchronized Usd reservedCollateral(ConditionId market) {
        return new Usd(sumMicros(r -> r instanceof Reservation.Collateral c && c.market().equals(market)
                ? c.amount().micros() : 0));
    }

    @Override
    public synchronized Shares reservedTokens(TokenId token) {
        return new Shares(sumMicros(r -> r instanceof Reservation.Tokens t && t.token().equals(token)
                ? t.amount().micros() : 0));
    }

    private long sumMicros(ToLongFunction<Reservation> amount) {
        long sum = 0;
        for (Reservation r : reservations) {
            sum = Math.addExact(sum, amount.applyAsLong(r));
        }
        return sum;
    }

    @Override
    public synchronized void audit(DecisionRecord decision) {
        audit.add(Objects.requireNonNull(decision, "decision"));
    }

    @Override
    public synchronized List<DecisionRecord> auditSince(Instant since) {
        return audit.stream().filter(d -> !d.at().isBefore(since))
                .sorted(Comparator.comparing(DecisionRecord::at)).toList();
    }

    @Override
    public void close() {
        // Nothing to release: the store lives and dies with the process.
    }

    private Order require(ClientOrderId id) {
        Order order = orders.get(Objects.requireNonNull(id, "id"));
        if (order == null) {
            throw new IllegalArgumentException("no order " + id + " is recorded");
        }
        return order;
    }

    /** Refuses, before anything changes, a counting fill that would take its order beyond its size. */
    private void checkOrderCanHold(Fill fill) {
        if (!fill.status().counts()) {
            return;
        }
        ClientOrderId id = byVenueId.get(fill.orderId());
        if (id != null) {
            checkedFilled(orders.get(id), countedSize(fill.orderId()).plus(fill.size()));
        }
    }

    /**
     * Counts the fills again for the fill's order and position; if that is refused (a sell beyond
     * the holding), puts the fill back as it was ({@code before}, or none) and rethrows, so a refused
     * fill changes nothing, as in the JDBC store, whose transaction rolls back.
     */
    private void recountOrUndo(Fill fill, Fill before) {
        try {
            recount(fill);
        } catch (RuntimeException e) {
            if (before == null) {
                fills.remove(fill.key());
            } else {
                fills.put(fill.key(), before);
            }
            throw e;
        }
    }

    /** Works the order and the position out first, then writes both: nothing changes when either is refused. */
    private void recount(Fill fill) {
        ClientOrderId id = byVenueId.get(fill.orderId());
        Order recounted = null;
        if (id != null) {
            Order known = orders.get(id);
            Shares filled = checkedFilled(known, countedSize(fill.orderId()));
            if (!filled.equals(known.filled())) {
                recounted = known.recounted(filled, clock.instant());
            }
        }
        List<Fill> counting = fills.values().stream()
                .filter(f -> f.token().equals(fill.token()) && f.status().counts())
                .sorted(Comparator.comparing(Fill::time))
                .toList();
        Position folded = counting.isEmpty() ? null
                : PositionLedger.fold(counting.get(0).market(), fill.token(), counting);
        if (recounted != null) {
            orders.put(id, recounted);
        }
        if (folded == null) {
            positions.remove(fill.token());
        } else {
            positions.put(fill.token(), folded);
        }
    }

    private Shares countedSize(OrderId venueId) {
        long sum = 0;
        for (Fill f : fills.values()) {
            if (f.orderId().equals(venueId) && f.status().counts()) {
                sum = Math.addExact(sum, f.size().micros());
            }
        }
        return new Shares(sum);
    }

    private static Shares checkedFilled(Order order, Shares filled) {
        if (filled.compareTo(order.intent().size()) > 0) {
            throw new IllegalStateException("fills of " + filled + " exceed order " + order.clientOrderId()
                    + " of size " + order.intent().size());
        }
        return filled;
    }
}
