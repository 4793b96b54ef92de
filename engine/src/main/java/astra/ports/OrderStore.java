package astra.ports;

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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The persistent record of our orders, fills, positions, reservations and decisions. It survives
 * restarts with nothing lost, and it is reconciled with the venue before any new order is sent.
 *
 * <p>Invariants: an intent is recorded before it is submitted; status changes follow
 * {@link OrderStatus#canBecome} and an illegal one is refused with
 * {@link astra.domain.IllegalStateTransitionException}; a fill is recorded once per
 * {@link FillKey}, however often it is delivered; positions are what the counting fills add up to.
 */
public interface OrderStore extends AutoCloseable {

    /** Records a new intent (status INTENT). Fails if the client order id is already known. */
    void recordIntent(Order order);

    /** Moves an order to a new status; refuses a transition the lifecycle forbids. */
    Order transition(ClientOrderId id, OrderStatus next, Instant at, Optional<String> reason);

    /** Attaches the venue's id (the signed order's hash) to an order. */
    Order assignVenueId(ClientOrderId id, OrderId venueId, Instant at);

    Optional<Order> find(ClientOrderId id);

    Optional<Order> findByVenueId(OrderId venueId);

    /** Orders that may rest on the venue or whose submit is not settled (INTENT, UNKNOWN, LIVE, PARTIALLY_FILLED). */
    List<Order> unsettledOrders();

    /** {@link #unsettledOrders()} of one market, in the same order. */
    default List<Order> unsettledOrdersIn(ConditionId market) {
        return unsettledOrders().stream().filter(o -> o.intent().market().equals(market)).toList();
    }

    /**
     * Records a fill, updates the order's filled size and the position. Returns false, changing
     * nothing, when a fill with the same key is already recorded (a duplicate delivery).
     */
    boolean recordFill(Fill fill);

    /** Updates a recorded fill's trade status; FAILED takes it out of the filled size and position. */
    void updateFillStatus(FillKey key, TradeStatus status);

    Optional<Fill> findFill(FillKey key);

    List<Fill> fills();

    Optional<Position> position(TokenId token);

    List<Position> positions();

    void reserve(Reservation reservation);

    /** Releases every reservation held by the order (it filled, was cancelled or expired). */
    void release(ClientOrderId order);

    List<Reservation> reservations();

    Usd reservedCollateral(ConditionId market);

    Shares reservedTokens(TokenId token);

    void audit(DecisionRecord decision);

    List<DecisionRecord> auditSince(Instant since);

    @Override
    void close();
}
