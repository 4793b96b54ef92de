package astra.simulator.venue;

import astra.simulator.matching.BookOrder;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The orders that may still trade, in arrival order (a restored order goes last), and the same
 * per owner, so that one owner's cancels need not scan every open order on the venue. Each
 * owner's view is exactly the venue-wide order with the others' orders left out: both maps see
 * the same puts and removes.
 */
final class OpenOrders {
    private final Map<String, BookOrder> all = new LinkedHashMap<>();
    private final Map<String, Map<String, BookOrder>> byOwner = new HashMap<>();

    /** A newly resting order. */
    void add(BookOrder order) {
        all.put(order.orderId(), order);
        byOwner.computeIfAbsent(order.owner(), o -> new LinkedHashMap<>()).put(order.orderId(), order);
    }

    /** An order a failed trade gave back its size; a no-op if it is still open. */
    void restore(BookOrder order) {
        if (all.putIfAbsent(order.orderId(), order) == null) {
            byOwner.computeIfAbsent(order.owner(), o -> new LinkedHashMap<>()).put(order.orderId(), order);
        }
    }

    void remove(BookOrder order) {
        if (all.remove(order.orderId()) != null) {
            byOwner.get(order.owner()).remove(order.orderId());
        }
    }

    /** Every open order, in arrival order. */
    Collection<BookOrder> all() {
        return Collections.unmodifiableCollection(all.values());
    }

    /** The owner's open orders, in arrival order. */
    Collection<BookOrder> of(String owner) {
        Map<String, BookOrder> own = byOwner.get(owner);
        return own == null ? List.of() : Collections.unmodifiableCollection(own.values());
    }
}
