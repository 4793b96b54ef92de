package astra.simulator.world;

import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderRequest;
import astra.simulator.venue.Exchange;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Sends the world's orders to the venue. A refusal is part of the world (a taker racing a tick
 * change, say), so it is counted by reason rather than thrown; the counts are there to be checked.
 */
final class WorldOrders {
    private final Exchange venue;
    private final Map<String, Integer> rejections = new LinkedHashMap<>();

    WorldOrders(Exchange venue) {
        this.venue = venue;
    }

    void place(OrderRequest request) {
        try {
            venue.place(request);
        } catch (OrderRejectedException e) {
            rejections.merge(e.reason().name(), 1, Integer::sum);
        }
    }

    Map<String, Integer> rejections() {
        return Map.copyOf(rejections);
    }
}
