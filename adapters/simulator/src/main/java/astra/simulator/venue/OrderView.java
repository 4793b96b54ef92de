package astra.simulator.venue;

import astra.simulator.matching.BookOrder;
import astra.simulator.matching.OrderRequest;

/** An immutable picture of an order as the venue sees it now (for GET /data/order-like reads). */
public record OrderView(String orderId, String conditionId, OrderRequest request, BookOrder.State state,
                        long remainingMicros, long matchedMicros, boolean resting, long createdMillis) {
    static OrderView of(BookOrder o) {
        return new OrderView(o.orderId(), o.conditionId(), o.request(), o.state(), o.remaining(), o.matched(),
                o.resting(), o.createdMillis());
    }
}
