package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.matching.Amounts;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.Side;

/** Builds user-channel order messages from the venue's view of an order, and its holds. */
final class OrderEvents {
    private OrderEvents() {}

    static OrderEvent event(long now, OrderEventType type, BookOrder o, OrderStatus status, String reason) {
        return new OrderEvent(now, type, status, o.orderId(), o.owner(), o.conditionId(), o.tokenId(), o.side(),
                o.price(), o.request().sizeMicros(), o.matched(), o.request().type(),
                o.request().expirationSeconds(), reason);
    }

    /** LIVE until something matched, then MATCHED; CANCELED once cancelled. */
    static OrderStatus statusOf(BookOrder o) {
        if (o.state() == BookOrder.State.CANCELED) {
            return OrderStatus.CANCELED;
        }
        return o.matched() > 0 ? OrderStatus.MATCHED : OrderStatus.LIVE;
    }

    /** What an open order of {@code size} holds: price × size pUSD for a BUY, the tokens for a SELL. */
    static long holdFor(BookOrder o, long size) {
        return o.side() == Side.BUY ? Amounts.notional(o.price(), size) : size;
    }

    static String holdAsset(BookOrder o) {
        return o.side() == Side.BUY ? Accounts.PUSD : o.tokenId();
    }
}
