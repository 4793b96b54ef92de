package astra.ports;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The trading venue as the engine sees it. Implemented by the Polymarket adapter (against the real
 * venue or the simulator). Only the executor firewall calls it.
 */
public interface Venue {
    /** The most orders one submit may carry (the venue's POST /orders limit). */
    int MAX_BATCH = 15;

    /** Signs the intent for the venue; its hash becomes the order's venue id. */
    PreparedOrder prepare(OrderIntent intent);

    /** Sends 1 to {@link #MAX_BATCH} prepared orders; one outcome per order, in the same order. */
    List<SubmitOutcome> submit(List<PreparedOrder> batch);

    /** Cancels orders; returns the ids the venue confirmed cancelled. */
    Set<OrderId> cancel(List<OrderId> ids);

    void cancelMarket(ConditionId market);

    void cancelAll();

    /** Every order the venue holds open for us. */
    List<VenueOrder> openOrders();

    /** Our fills (taker and maker legs) since a time, for reconciliation. */
    List<Fill> fillsSince(Instant since);

    /** Looks an order up by its hash after an ambiguous submit; empty when the venue does not know it (yet). */
    Optional<VenueOrder> findOpen(OrderId venueId);
}
