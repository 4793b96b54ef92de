package astra.features;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.Shares;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.Venue;
import astra.ports.VenueOrder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A venue double for the specs: it accepts every order, rests it until cancelled, and records each
 * submit's batch and each cancel call so a scenario can see what the executor really sent. It does
 * not police the batch limit itself: counting what arrived is the scenario's assertion.
 */
final class RecordingVenue implements Venue {
    final List<List<OrderIntent>> batches = new ArrayList<>();
    final List<List<OrderId>> cancelCalls = new ArrayList<>();
    final Map<String, VenueOrder> open = new LinkedHashMap<>();

    /** Signing is not under test: the order's hash is made from its client id. */
    private record Unsigned(OrderIntent intent, OrderId venueId) implements PreparedOrder {}

    @Override
    public PreparedOrder prepare(OrderIntent intent) {
        return new Unsigned(intent, new OrderId("0xhash-" + intent.clientOrderId().value()));
    }

    @Override
    public List<SubmitOutcome> submit(List<PreparedOrder> batch) {
        batches.add(batch.stream().map(PreparedOrder::intent).toList());
        List<SubmitOutcome> answers = new ArrayList<>();
        for (PreparedOrder p : batch) {
            OrderIntent i = p.intent();
            open.put(p.venueId().value(), new VenueOrder(p.venueId(), i.market(), i.token(), i.side(), i.price(),
                    i.size(), Shares.ZERO));
            answers.add(new SubmitOutcome.Accepted(p.venueId(), false));
        }
        return answers;
    }

    @Override
    public Set<OrderId> cancel(List<OrderId> ids) {
        cancelCalls.add(List.copyOf(ids));
        return ids.stream().filter(id -> open.remove(id.value()) != null).collect(Collectors.toSet());
    }

    @Override
    public void cancelMarket(ConditionId market) {
        open.values().removeIf(o -> o.market().equals(market));
    }

    @Override
    public void cancelAll() {
        open.clear();
    }

    @Override
    public List<VenueOrder> openOrders() {
        return List.copyOf(open.values());
    }

    @Override
    public List<Fill> fillsSince(Instant since) {
        return List.of();
    }

    @Override
    public Optional<VenueOrder> findOpen(OrderId venueId) {
        return Optional.ofNullable(open.get(venueId.value()));
    }

    /** Every order sent, in the order the venue received them. */
    List<OrderIntent> posted() {
        return batches.stream().flatMap(List::stream).toList();
    }
}
