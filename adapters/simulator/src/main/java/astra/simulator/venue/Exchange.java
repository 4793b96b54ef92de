package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.event.BookSnapshot;
import astra.simulator.event.EventBus;
import astra.simulator.event.MarketResolved;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.event.TickSizeChange;
import astra.simulator.event.VenueListener;
import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.lifecycle.SettlementTimings;
import astra.simulator.lifecycle.TradeLifecycle;
import astra.simulator.lifecycle.VirtualScheduler;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.MarketSpec;
import astra.simulator.matching.MatchPlanner;
import astra.simulator.matching.MatchPlanner.MatchPlan;
import astra.simulator.matching.MirroredBook;
import astra.simulator.matching.OrderBook;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Rejection;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * The simulated venue's front door: markets, deposits, orders, cancels, tick changes and market
 * closes. Single-threaded by design (like the venue's own matching engine): call it from one
 * thread, and move time only through its {@link VirtualScheduler}.
 */
public final class Exchange {
    private final VenueState state;
    private final EventBus bus = new EventBus();
    private final MatchPlanner planner = new MatchPlanner();
    private final OrderValidator validator;
    private final MatchExecutor executor;
    private final OrderCanceller canceller;
    private final MarketDataPublisher marketData;
    private final TradeLifecycle lifecycle;

    /** A venue that keeps every order it accepted for the whole session, as the real one does. */
    public Exchange(VirtualScheduler scheduler, SettlementTimings timings, SettlementPolicy policy) {
        this(scheduler, timings, policy, owner -> false);
    }

    /**
     * A venue that forgets the done orders of the owners {@code forgetsDoneOrdersOf} names, once
     * none of their trades can still fail: owners nobody will ask about, such as a simulated crowd
     * trading all day, whose orders would otherwise be kept for the whole session. A forgotten
     * order reads as never accepted: {@link #order} is empty and a cancel answers NOT_FOUND.
     */
    public Exchange(VirtualScheduler scheduler, SettlementTimings timings, SettlementPolicy policy,
                    Predicate<String> forgetsDoneOrdersOf) {
        this.state = new VenueState(scheduler, bus, forgetsDoneOrdersOf);
        Settlement settlement = new Settlement(state.accounts);
        this.validator = new OrderValidator(state.accounts, planner);
        this.executor = new MatchExecutor(state, settlement);
        this.canceller = new OrderCanceller(state);
        this.marketData = new MarketDataPublisher(bus);
        this.lifecycle = new TradeLifecycle(scheduler, timings, policy,
                new FailedTradeUndo(state, settlement, planner, marketData), bus);
    }

    public void subscribe(VenueListener listener) {
        bus.subscribe(listener);
    }

    public VirtualScheduler scheduler() {
        return state.scheduler;
    }

    public Accounts accounts() {
        return state.accounts;
    }

    public void addMarket(MarketSpec spec) {
        if (state.markets.containsKey(spec.conditionId())
                || state.marketsByToken.containsKey(spec.yesToken()) || state.marketsByToken.containsKey(spec.noToken())) {
            throw new IllegalArgumentException("market or token already listed: " + spec.conditionId());
        }
        BinaryMarket market = new BinaryMarket(spec);
        state.markets.put(spec.conditionId(), market);
        state.marketsByToken.put(spec.yesToken(), market);
        state.marketsByToken.put(spec.noToken(), market);
    }

    public void deposit(String owner, long pusdMicros) {
        state.accounts.deposit(owner, Accounts.PUSD, pusdMicros);
    }

    /** Places an order; refusals throw {@link astra.simulator.matching.OrderRejectedException}. */
    public PlaceResult place(OrderRequest request) {
        return place(request, null);
    }

    /**
     * Places an order under the id the trader's signed order implies (its EIP-712 hash), as the
     * venue does, so a trader who lost the answer can find the order by that id. An id the venue
     * already holds is refused: the same signed order cannot be placed twice.
     */
    public PlaceResult place(OrderRequest request, String orderHash) {
        if (orderHash != null && state.orders.containsKey(orderHash)) {
            throw new OrderRejectedException(Rejection.DUPLICATE_ORDER, orderHash);
        }
        BinaryMarket market = state.marketOfToken(request.tokenId());
        validator.validate(market, request, state.now());
        long sequence = state.nextSequence();
        String orderId = orderHash == null ? VenueState.orderIdFor(sequence) : orderHash;
        BookOrder order = new BookOrder(orderId, market.conditionId(), request, sequence, state.now());
        state.orders.put(order.orderId(), order);
        MatchPlan plan = planner.plan(market, request, request.sizeMicros());
        String killed = killReason(request, plan);
        if (killed != null) {
            order.cancel();
            state.events.onEvent(OrderEvents.event(state.now(), OrderEventType.CANCELLATION, order,
                    OrderStatus.CANCELED, killed));
            state.forgetIfDone(order);
            return new PlaceResult(order.orderId(), PlaceResult.Status.KILLED, 0, 0, 0, killed);
        }
        plan.selfTrades().forEach(o -> canceller.cancel(o, OrderStatus.CANCELED, OrderCanceller.REASON_SELF_TRADE));
        MatchExecutor.Execution execution = plan.fills().isEmpty() ? null : executor.execute(market, order, plan);
        boolean rests = request.type().rests() && order.remaining() > 0;
        if (rests) {
            rest(market, order);
        }
        state.events.onEvent(OrderEvents.event(state.now(), OrderEventType.PLACEMENT, order,
                OrderEvents.statusOf(order), ""));
        if (execution != null) {
            publishMatched(execution);
        }
        if (!rests && order.remaining() > 0) {
            order.cancel();
            state.events.onEvent(OrderEvents.event(state.now(), OrderEventType.CANCELLATION, order,
                    OrderStatus.CANCELED, OrderCanceller.FAK_REMAINDER));
        }
        marketData.flush(market, state.now());
        state.forgetIfDone(order);
        return result(order, execution);
    }

    public CancelResult cancel(String owner, String orderId) {
        return cancelOrders(owner, List.of(orderId));
    }

    public CancelResult cancelOrders(String owner, Collection<String> orderIds) {
        List<String> canceled = new ArrayList<>();
        Map<String, String> notCanceled = new LinkedHashMap<>();
        List<BinaryMarket> touched = new ArrayList<>();
        for (String id : orderIds) {
            BookOrder o = state.orders.get(id);
            if (o == null || !o.owner().equals(owner)) {
                notCanceled.put(id, CancelResult.NOT_FOUND);
            } else if (!o.open()) {
                notCanceled.put(id, CancelResult.ALREADY_DONE);
            } else {
                canceller.cancel(o, OrderStatus.CANCELED, OrderCanceller.REASON_BY_OWNER);
                canceled.add(id);
                BinaryMarket m = state.market(o.conditionId());
                if (!touched.contains(m)) {
                    touched.add(m);
                }
            }
        }
        touched.forEach(m -> marketData.flush(m, state.now()));
        return new CancelResult(canceled, notCanceled);
    }

    public CancelResult cancelAll(String owner) {
        return cancelWhere(owner, o -> true);
    }

    /** Cancels the owner's orders in one market, or on one of its tokens when {@code tokenId} is given. */
    public CancelResult cancelMarket(String owner, String conditionId, Optional<String> tokenId) {
        return cancelWhere(owner, o -> o.conditionId().equals(conditionId)
                && tokenId.map(t -> t.equals(o.tokenId())).orElse(true));
    }

    /**
     * Changes a market's tick. Resting orders whose price is not valid on the new tick (off the
     * grid, or outside [tick, 1 − tick]) are cancelled; the others keep their place. The venue
     * usually makes the tick finer when a book goes one-sided near 0 or 1, and then every resting
     * order stays valid.
     *
     * <p>Market data: {@code tick_size_change} for both tokens, then a fresh {@code book} for both
     * (YES first). A tick change starts a new book epoch, and a client that treats it so waits for
     * a snapshot; the level changes of the orders cancelled here are folded into that snapshot
     * rather than published as changes to a book the client has already dropped. Whether the real
     * venue re-sends a book is not known (see docs/architecture.md).
     */
    public void changeTick(String conditionId, Tick newTick) {
        BinaryMarket market = state.market(conditionId);
        Tick old = market.tick();
        if (old == newTick) {
            return;
        }
        market.changeTick(newTick);
        for (OrderBook book : market.books()) {
            state.events.onEvent(new TickSizeChange(state.now(), conditionId, book.tokenId(), old.micros(), newTick.micros()));
        }
        for (BookOrder o : openOrdersIn(conditionId)) {
            if (!newTick.accepts(o.price())) {
                canceller.cancel(o, OrderStatus.CANCELED, OrderCanceller.REASON_TICK_CHANGE);
            }
        }
        marketData.republish(market, state.now());
    }

    /**
     * Closes a market: it stops accepting orders and every resting order is cancelled with
     * CANCELED_MARKET_RESOLVED. {@code winningToken} may be "" when the outcome is not decided.
     * Redemption of winning tokens is not simulated.
     */
    public void closeMarket(String conditionId, String winningToken) {
        BinaryMarket market = state.market(conditionId);
        if (!winningToken.isEmpty() && !market.trades(winningToken)) {
            throw new IllegalArgumentException("token " + winningToken + " is not an outcome of " + conditionId);
        }
        market.close();
        for (BookOrder o : openOrdersIn(conditionId)) {
            canceller.cancel(o, OrderStatus.CANCELED_MARKET_RESOLVED, OrderCanceller.REASON_MARKET_CLOSED);
        }
        marketData.flush(market, state.now());
        state.events.onEvent(new MarketResolved(state.now(), conditionId, market.spec().yesToken(),
                market.spec().noToken(), winningToken));
    }

    public BookSnapshot book(String tokenId) {
        BinaryMarket market = state.marketOfToken(tokenId);
        return marketData.snapshot(market, tokenId, state.now());
    }

    /**
     * The best price of one side of the token's book as {@link #book} shows it (merged with the
     * complement), without building the whole snapshot: what a taker deciding at the touch needs.
     */
    public OptionalLong bestPrice(String tokenId, Side side) {
        return MirroredBook.of(state.marketOfToken(tokenId), tokenId).best(side);
    }

    /** Publishes a snapshot of both books of a market on the market channel. */
    public void publishSnapshots(String conditionId) {
        BinaryMarket market = state.market(conditionId);
        for (OrderBook b : market.books()) {
            bus.onEvent(marketData.snapshot(market, b.tokenId(), state.now()));
        }
    }

    public boolean isOpen(String conditionId) {
        return state.market(conditionId).open();
    }

    public Tick tick(String conditionId) {
        return state.market(conditionId).tick();
    }

    public MarketSpec spec(String conditionId) {
        return state.market(conditionId).spec();
    }

    /** The order as the venue sees it now, if it was accepted and is not forgotten. */
    public Optional<OrderView> order(String orderId) {
        return Optional.ofNullable(state.orders.get(orderId)).map(OrderView::of);
    }

    /** Every market listed, in listing order. */
    public List<MarketSpec> markets() {
        return state.markets.values().stream().map(BinaryMarket::spec).toList();
    }

    /** The market trading {@code tokenId}; refuses an unknown token as the venue does. */
    public MarketSpec marketOfToken(String tokenId) {
        return state.marketOfToken(tokenId).spec();
    }

    /** How many orders the venue holds, open or done: what its memory of orders grows with. */
    public int ordersHeld() {
        return state.orders.size();
    }

    public List<OrderView> openOrders(String owner) {
        return state.openOrders.of(owner).stream().map(OrderView::of).toList();
    }

    private CancelResult cancelWhere(String owner, Predicate<BookOrder> which) {
        List<String> ids = state.openOrders.of(owner).stream()
                .filter(which)
                .map(BookOrder::orderId)
                .toList();
        return cancelOrders(owner, ids);
    }

    private List<BookOrder> openOrdersIn(String conditionId) {
        return state.openOrders.all().stream().filter(o -> o.conditionId().equals(conditionId)).toList();
    }

    private static String killReason(OrderRequest request, MatchPlan plan) {
        if (request.type() == OrderType.FOK && plan.filledMicros() < request.sizeMicros()) {
            return OrderCanceller.FOK_KILLED;
        }
        if (request.type() == OrderType.FAK && plan.filledMicros() == 0) {
            return OrderCanceller.FAK_KILLED;
        }
        return null;
    }

    private void rest(BinaryMarket market, BookOrder order) {
        state.accounts.hold(order.orderId(), order.owner(), OrderEvents.holdAsset(order),
                OrderEvents.holdFor(order, order.remaining()));
        market.book(order.tokenId()).add(order);
        state.openOrders.add(order);
        if (order.request().type() == OrderType.GTD) {
            String id = order.orderId();
            state.scheduler.schedule(order.request().expirationSeconds() * 1000, () -> expire(id));
        }
    }

    private void expire(String orderId) {
        BookOrder o = state.orders.get(orderId);
        if (o != null && o.open()) {
            canceller.cancel(o, OrderStatus.CANCELED, OrderCanceller.REASON_EXPIRED);
            marketData.flush(state.market(o.conditionId()), state.now());
        }
    }

    private void publishMatched(MatchExecutor.Execution execution) {
        for (BookOrder maker : execution.makers()) {
            state.events.onEvent(OrderEvents.event(state.now(), OrderEventType.UPDATE, maker,
                    OrderEvents.statusOf(maker), ""));
        }
        lifecycle.matched(execution.trade());
        marketData.lastTrade(execution.trade());
    }

    private static PlaceResult result(BookOrder order, MatchExecutor.Execution execution) {
        PlaceResult.Status status = order.matched() > 0 ? PlaceResult.Status.MATCHED : PlaceResult.Status.LIVE;
        if (execution == null) {
            return new PlaceResult(order.orderId(), status, 0, 0, 0, "");
        }
        long tokens = execution.trade().sizeMicros();
        long pusd = execution.trade().takerNotionalMicros();
        boolean buy = order.side() == Side.BUY;
        return new PlaceResult(order.orderId(), status, buy ? pusd : tokens, buy ? tokens : pusd,
                execution.trade().takerFeeMicros(), "");
    }
}
