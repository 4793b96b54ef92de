package astra.simulator.venue;

import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.matching.BookOrder;

/** Takes an open order off its book, releases its hold and says so on the user channel. */
final class OrderCanceller {
    static final String REASON_EXPIRED = "expired";
    static final String REASON_BY_OWNER = "canceled by owner";
    static final String REASON_SELF_TRADE = "self-trade prevention: a crossing order of the same owner";
    static final String REASON_TICK_CHANGE = "price is off the market's new tick size";
    static final String REASON_MARKET_CLOSED = "market resolved";
    static final String FOK_KILLED = "order couldn't be fully filled. FOK orders are fully filled or killed.";
    static final String FAK_KILLED = "no orders found to match with FAK order. FAK orders are partially filled or killed if no match is found.";
    static final String FAK_REMAINDER = "FAK remainder canceled";

    private final VenueState state;

    OrderCanceller(VenueState state) {
        this.state = state;
    }

    void cancel(BookOrder order, OrderStatus status, String reason) {
        state.market(order.conditionId()).book(order.tokenId()).remove(order);
        order.cancel();
        state.accounts.release(order.orderId());
        state.openOrders.remove(order);
        state.events.onEvent(OrderEvents.event(state.now(), OrderEventType.CANCELLATION, order, status, reason));
        state.forgetIfDone(order);
    }
}
