package astra.polymarket.venue;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.clob.ClobClient;
import astra.polymarket.clob.ClobTrade;
import astra.polymarket.clob.OpenOrder;
import astra.polymarket.clob.OrderFilter;
import astra.polymarket.clob.PostOrderResult;
import astra.polymarket.clob.TradeFilter;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.rest.RestSettings;
import astra.ports.PreparedOrder;
import astra.ports.SubmitOutcome;
import astra.ports.Venue;
import astra.ports.VenueOrder;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The Polymarket CLOB as the engine's {@link Venue}: signs intents for their market's exchange,
 * posts them (POST /order for one, POST /orders for up to {@link Venue#MAX_BATCH}), cancels, and
 * reads open orders and our fills back. Thread-safe: it holds no mutable state of its own.
 */
public final class PolymarketVenue implements Venue {
    private final VenueConnection connection;
    private final ClobClient clob;
    private final OrderPreparer preparer;
    private final TradeFills fills;

    public PolymarketVenue(VenueConnection connection, ClobClient clob, OrderPreparer preparer) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.clob = Objects.requireNonNull(clob, "clob");
        this.preparer = Objects.requireNonNull(preparer, "preparer");
        this.fills = new TradeFills(connection.credentials().key(), connection.funder());
    }

    /** A venue over the connection's CLOB with default REST settings; L2 headers and order timestamps read {@code clock}. */
    public static PolymarketVenue connect(VenueConnection connection, Clock clock) {
        L2Auth auth = new L2Auth(connection.credentials(), connection.signer().address());
        ClobClient clob = ClobClient.create(RestSettings.defaults(connection.clobBaseUri()), auth, clock);
        return new PolymarketVenue(connection, clob, new OrderPreparer(connection, clock));
    }

    @Override
    public SignedIntent prepare(OrderIntent intent) {
        return preparer.prepare(intent);
    }

    @Override
    public List<SubmitOutcome> submit(List<PreparedOrder> batch) {
        Objects.requireNonNull(batch, "batch");
        if (batch.isEmpty() || batch.size() > MAX_BATCH) {
            throw new IllegalArgumentException("a submit carries 1 to " + MAX_BATCH + " orders, not " + batch.size());
        }
        List<PostOrderRequest> requests = new ArrayList<>(batch.size());
        List<OrderId> ids = new ArrayList<>(batch.size());
        for (PreparedOrder p : batch) {
            if (!(p instanceof SignedIntent signed)) {
                throw new IllegalArgumentException("order " + p.venueId() + " was not prepared by this venue");
            }
            requests.add(signed.request());
            ids.add(signed.venueId());
        }
        List<PostOrderResult> answers;
        try {
            answers = requests.size() == 1 ? List.of(clob.postOrder(requests.get(0))) : clob.postOrders(requests);
        } catch (RuntimeException e) {
            return SubmitAnswers.failed(ids, e);
        }
        List<SubmitOutcome> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            out.add(SubmitAnswers.of(ids.get(i), answers.get(i)));
        }
        return List.copyOf(out);
    }

    @Override
    public Set<OrderId> cancel(List<OrderId> ids) {
        Objects.requireNonNull(ids, "ids");
        if (ids.isEmpty()) {
            return Set.of();
        }
        List<OrderId> canceled = ids.size() == 1 ? clob.cancelOrder(ids.get(0)).canceled()
                : clob.cancelOrders(ids).canceled();
        return Set.copyOf(new LinkedHashSet<>(canceled));
    }

    @Override
    public void cancelMarket(ConditionId market) {
        clob.cancelMarketOrders(Objects.requireNonNull(market, "market"), null);
    }

    @Override
    public void cancelAll() {
        clob.cancelAll();
    }

    @Override
    public List<VenueOrder> openOrders() {
        return clob.openOrders(OrderFilter.ALL).stream()
                .filter(PolymarketVenue::isOpen)
                .map(PolymarketVenue::venueOrder)
                .toList();
    }

    /**
     * Every page of our trades since {@code since} (the venue filters by whole seconds, so rows
     * before {@code since} are dropped here), as our fills.
     */
    @Override
    public List<Fill> fillsSince(Instant since) {
        Objects.requireNonNull(since, "since");
        List<Fill> out = new ArrayList<>();
        for (ClobTrade trade : clob.trades(new TradeFilter(null, null, null, null, since, null))) {
            if (!trade.matchTime().isBefore(since.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))) {
                out.addAll(fills.ours(trade, connection.directory().require(trade.market())));
            }
        }
        return List.copyOf(out);
    }

    @Override
    public Optional<VenueOrder> findOpen(OrderId venueId) {
        Objects.requireNonNull(venueId, "venueId");
        Optional<OpenOrder> order = clob.activeOrder(venueId);
        if (order.isEmpty()) {
            order = clob.openOrders(new OrderFilter(null, null, venueId)).stream()
                    .filter(o -> o.id().value().equalsIgnoreCase(venueId.value()))
                    .findFirst();
        }
        return order.filter(PolymarketVenue::isOpen).map(PolymarketVenue::venueOrder);
    }

    /**
     * Whether a listed order still rests: a resting status, or MATCHED with size left (the
     * simulator, and the venue's paged view at times, write MATCHED for a partly filled order).
     */
    static boolean isOpen(OpenOrder o) {
        return o.status().mayRest()
                || o.status() == astra.polymarket.clob.VenueOrderStatus.MATCHED && !o.remaining().isZero();
    }

    private static VenueOrder venueOrder(OpenOrder o) {
        return new VenueOrder(o.id(), o.market(), o.assetId(), o.side(), o.price(), o.originalSize(), o.sizeMatched());
    }
}
