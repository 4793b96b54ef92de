package astra.execution.firewall;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.Venue;
import astra.ports.VenueOrder;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A venue that passes every call on, for tests that intercept one call. */
class DelegatingVenue implements Venue {
    private final Venue inner;

    DelegatingVenue(Venue inner) {
        this.inner = inner;
    }

    @Override
    public PreparedOrder prepare(OrderIntent intent) {
        return inner.prepare(intent);
    }

    @Override
    public List<SubmitOutcome> submit(List<PreparedOrder> batch) {
        return inner.submit(batch);
    }

    @Override
    public Set<OrderId> cancel(List<OrderId> ids) {
        return inner.cancel(ids);
    }

    @Override
    public void cancelMarket(ConditionId market) {
        inner.cancelMarket(market);
    }

    @Override
    public void cancelAll() {
        inner.cancelAll();
    }

    @Override
    public List<VenueOrder> openOrders() {
        return inner.openOrders();
    }

    @Override
    public List<Fill> fillsSince(Instant since) {
        return inner.fillsSince(since);
    }

    @Override
    public Optional<VenueOrder> findOpen(OrderId venueId) {
        return inner.findOpen(venueId);
    }
}
