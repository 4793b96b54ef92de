package astra.store;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Order;
import astra.domain.OrderStatus;
import astra.domain.Position;
import astra.domain.Reservation;
import astra.domain.TokenId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * What the store's database holds of the rows read at decision cadence — unsettled orders,
 * positions, reservations, fills — kept in memory so that those reads need no query. Loaded when
 * the store opens and changed only by the store's writes after they commit, in commit order.
 *
 * <p>Invariants: equal to what a fresh read of the database gives, as long as this store is the
 * database's only writer of those rows (one process, one store); lists come in the order of the
 * queries they replace (orders by creation time then client order id, positions by market then
 * token id, reservations as inserted, i.e. by id). Thread-safe: the decision, executor and
 * user-feed threads read it while the writer changes it; each read is one consistent state.
 */
final class StoreView {
    static final Comparator<Order> ORDER_BY_CREATION = Comparator.comparing(Order::createdAt)
            .thenComparing(o -> o.clientOrderId().value());
    static final Comparator<Position> POSITION_ORDER = Comparator.comparing((Position p) -> p.market().value())
            .thenComparing(p -> p.token().value());

    private final Map<ClientOrderId, Order> unsettled = new HashMap<>();
    private final Map<TokenId, Position> positions = new HashMap<>();
    private final List<Reservation> reservations = new ArrayList<>();
    private final Map<FillKey, Fill> fills = new HashMap<>();
    // Read far more often than written: the sorted lists are kept until the next change.
    private List<Order> unsettledList;
    /** Per market, {@link #unsettled} filtered and sorted on demand; an entry goes when one of its orders changes. */
    private final Map<ConditionId, List<Order>> unsettledByMarket = new HashMap<>();
    private List<Position> positionList;
    private List<Reservation> reservationList;

    StoreView(List<Order> unsettledOrders, List<Position> positions, List<Reservation> reservations,
            List<Fill> fills) {
        unsettledOrders.forEach(this::order);
        positions.forEach(p -> this.positions.put(p.token(), p));
        this.reservations.addAll(reservations);
        fills.forEach(this::fill);
    }

    static boolean unsettled(OrderStatus status) {
        return status == OrderStatus.INTENT || status.mayBeOpen();
    }

    // --- changes, after their transaction committed ---

    /** The order as now committed: kept while unsettled, dropped once settled. */
    synchronized void order(Order order) {
        if (unsettled(order.status())) {
            unsettled.put(order.clientOrderId(), order);
        } else {
            unsettled.remove(order.clientOrderId());
        }
        unsettledList = null;
        unsettledByMarket.remove(order.intent().market());
    }

    synchronized void fill(Fill fill) {
        fills.put(fill.key(), fill);
    }

    /** The token's position as now committed; empty when its row was deleted. */
    synchronized void position(TokenId token, Optional<Position> position) {
        if (position.isPresent()) {
            positions.put(token, position.get());
        } else {
            positions.remove(token);
        }
        positionList = null;
    }

    synchronized void reserve(Reservation reservation) {
        reservations.add(reservation);
        reservationList = null;
    }

    synchronized void release(ClientOrderId order) {
        if (reservations.removeIf(r -> r.order().equals(order))) {
            reservationList = null;
        }
    }

    // --- reads ---

    synchronized List<Order> unsettledOrders() {
        if (unsettledList == null) {
            List<Order> sorted = new ArrayList<>(unsettled.values());
            sorted.sort(ORDER_BY_CREATION);
            unsettledList = List.copyOf(sorted);
        }
        return unsettledList;
    }

    synchronized List<Order> unsettledOrdersIn(ConditionId market) {
        List<Order> mine = unsettledByMarket.get(market);
        if (mine == null) {
            // From the map, not the sorted list: after any order changes, that list would be sorted
            // again in full for the one market a book move asks about.
            List<Order> found = new ArrayList<>(2);
            for (Order o : unsettled.values()) {
                if (o.intent().market().equals(market)) {
                    found.add(o);
                }
            }
            found.sort(ORDER_BY_CREATION);
            mine = List.copyOf(found);
            unsettledByMarket.put(market, mine);
        }
        return mine;
    }

    synchronized List<Position> positions() {
        if (positionList == null) {
            List<Position> sorted = new ArrayList<>(positions.values());
            sorted.sort(POSITION_ORDER);
            positionList = List.copyOf(sorted);
        }
        return positionList;
    }

    synchronized Optional<Position> findPosition(TokenId token) {
        return Optional.ofNullable(positions.get(token));
    }

    synchronized List<Reservation> reservations() {
        if (reservationList == null) {
            reservationList = List.copyOf(reservations);
        }
        return reservationList;
    }

    synchronized long reservedCollateral(ConditionId market) {
        return sum(r -> r instanceof Reservation.Collateral c && c.market().equals(market) ? c.amount().micros() : 0);
    }

    synchronized long reservedTokens(TokenId token) {
        return sum(r -> r instanceof Reservation.Tokens t && t.token().equals(token) ? t.amount().micros() : 0);
    }

    /** The sum over the reservations of what each counts (0 for those that do not). */
    private long sum(ToLongFunction<Reservation> counted) {
        long sum = 0;
        for (Reservation r : reservations) {
            sum = Math.addExact(sum, counted.applyAsLong(r));
        }
        return sum;
    }

    synchronized Optional<Fill> findFill(FillKey key) {
        return Optional.ofNullable(fills.get(key));
    }
}
