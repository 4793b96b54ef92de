package astra.execution.firewall;

import astra.domain.ClientOrderId;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * A venue whose answers the test scripts: accepted orders rest in {@link #open} until cancelled;
 * outcomes, failures and fills are set per order. Records every call.
 */
final class ScriptedVenue implements Venue {
    final List<List<PreparedOrder>> submittedBatches = new ArrayList<>();
    final List<List<OrderId>> cancelCalls = new ArrayList<>();
    final Map<String, VenueOrder> open = new LinkedHashMap<>();
    final List<Fill> fills = new ArrayList<>();
    final Map<ClientOrderId, SubmitOutcomeKind> outcomes = new HashMap<>();
    final Set<String> refuseToCancel = new HashSet<>();
    int cancelAllCalls;
    int openOrdersCalls;
    /** Cancel-all passes that leave the open orders in place (a venue that lags). */
    int cancelAllPassesIgnored;
    boolean submitThrows;
    boolean cancelAllThrows;
    boolean openOrdersThrows;
    Consumer<List<PreparedOrder>> beforeSubmit = batch -> {};

    enum SubmitOutcomeKind { ACCEPT, REJECT, AMBIGUOUS, OMIT }

    static OrderId hashOf(ClientOrderId id) {
        return new OrderId("0xhash-" + id.value());
    }

    @Override
    public PreparedOrder prepare(OrderIntent intent) {
        OrderId id = hashOf(intent.clientOrderId());
        return new PreparedOrder() {
            @Override
            public OrderIntent intent() {
                return intent;
            }

            @Override
            public OrderId venueId() {
                return id;
            }
        };
    }

    @Override
    public List<SubmitOutcome> submit(List<PreparedOrder> batch) {
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new AssertionError("batch of " + batch.size() + " orders");
        }
        beforeSubmit.accept(batch);
        submittedBatches.add(List.copyOf(batch));
        if (submitThrows) {
            throw new IllegalStateException("read timed out");
        }
        List<SubmitOutcome> answers = new ArrayList<>();
        for (PreparedOrder p : batch) {
            SubmitOutcomeKind kind = outcomes.getOrDefault(p.intent().clientOrderId(), SubmitOutcomeKind.ACCEPT);
            switch (kind) {
                case ACCEPT -> {
                    rest(p.intent(), p.venueId());
                    answers.add(new SubmitOutcome.Accepted(p.venueId(), false));
                }
                case REJECT -> answers.add(new SubmitOutcome.Rejected(p.venueId(), "not enough balance / allowance"));
                case AMBIGUOUS -> answers.add(new SubmitOutcome.Ambiguous(p.venueId(), "HTTP 503"));
                case OMIT -> { }
            }
        }
        return answers;
    }

    void rest(OrderIntent intent, OrderId venueId) {
        open.put(venueId.value(), new VenueOrder(venueId, intent.market(), intent.token(), intent.side(),
                intent.price(), intent.size(), Shares.ZERO));
    }

    @Override
    public Set<OrderId> cancel(List<OrderId> ids) {
        cancelCalls.add(List.copyOf(ids));
        Set<OrderId> done = new HashSet<>();
        for (OrderId id : ids) {
            if (!refuseToCancel.contains(id.value()) && open.remove(id.value()) != null) {
                done.add(id);
            }
        }
        return done;
    }

    @Override
    public void cancelMarket(ConditionId market) {
        open.values().removeIf(v -> v.market().equals(market));
    }

    @Override
    public void cancelAll() {
        cancelAllCalls++;
        if (cancelAllThrows) {
            throw new IllegalStateException("HTTP 500");
        }
        if (cancelAllPassesIgnored > 0) {
            cancelAllPassesIgnored--;
            return;
        }
        open.clear();
    }

    @Override
    public List<VenueOrder> openOrders() {
        openOrdersCalls++;
        if (openOrdersThrows) {
            throw new IllegalStateException("HTTP 502");
        }
        return List.copyOf(open.values());
    }

    @Override
    public List<Fill> fillsSince(Instant since) {
        return fills.stream().filter(f -> !f.time().isBefore(since)).toList();
    }

    @Override
    public Optional<VenueOrder> findOpen(OrderId venueId) {
        return Optional.ofNullable(open.get(venueId.value()));
    }
}
