package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.event.VenueListener;
import astra.simulator.lifecycle.VirtualScheduler;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.Rejection;
import astra.simulator.matching.Trade;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/** The venue's mutable state, owned by its single thread and shared by its collaborators. */
final class VenueState {
    final Accounts accounts = new Accounts();
    final VirtualScheduler scheduler;
    final VenueListener events;
    final Map<String, BinaryMarket> markets = new LinkedHashMap<>();
    final Map<String, BinaryMarket> marketsByToken = new HashMap<>();
    /**
     * Every order accepted, for duplicate checks, cancel answers, order reads and FAILED-trade
     * restores; but the orders of owners nobody can ask about (the world's crowd) only until they
     * are done and no trade of theirs can still fail.
     */
    final Map<String, BookOrder> orders = new HashMap<>();
    /** Orders that may still trade, in arrival order (deterministic cancel-all order). */
    final OpenOrders openOrders = new OpenOrders();
    /** Per order id, how many of its trades are neither mined nor failed yet (absent when none). */
    private final Map<String, Integer> unsettledTrades = new HashMap<>();
    private final Predicate<String> forgetsDoneOrdersOf;
    private long nextSequence = 1;
    private long nextTrade = 1;

    VenueState(VirtualScheduler scheduler, VenueListener events, Predicate<String> forgetsDoneOrdersOf) {
        this.scheduler = scheduler;
        this.events = events;
        this.forgetsDoneOrdersOf = forgetsDoneOrdersOf;
    }

    long now() {
        return scheduler.nowMillis();
    }

    long nextSequence() {
        return nextSequence++;
    }

    /** Order ids look like the venue's (0x + 64 hex digits), derived from the sequence. */
    static String orderIdFor(long sequence) {
        return "0x" + zeroPadded(Long.toHexString(sequence), 64);
    }

    /** "trade-" and the trade's number, at least ten digits. */
    String nextTradeId() {
        return "trade-" + zeroPadded(Long.toString(nextTrade++), 10);
    }

    /** Left-pads with zeros to {@code width} (as the format "%0Nd" does; sequences are positive). */
    private static String zeroPadded(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    /** Counts the trade against each of its orders until {@link #settled} (a FAILED trade needs them). */
    void matched(Trade trade) {
        unsettledTrades.merge(trade.takerOrderId(), 1, Integer::sum);
        for (MakerLeg leg : trade.makerLegs()) {
            unsettledTrades.merge(leg.makerOrderId(), 1, Integer::sum);
        }
    }

    /** The trade is mined or failed and undone: it can no longer touch its orders. */
    void settled(Trade trade) {
        settledOne(trade.takerOrderId());
        for (MakerLeg leg : trade.makerLegs()) {
            settledOne(leg.makerOrderId());
        }
    }

    /**
     * Drops the order if it is done, its owner's done orders are forgotten and none of its trades
     * can still fail. Call it wherever an order may have become done.
     */
    void forgetIfDone(BookOrder order) {
        if (!order.open() && !unsettledTrades.containsKey(order.orderId()) && forgetsDoneOrdersOf.test(order.owner())) {
            orders.remove(order.orderId());
        }
    }

    private void settledOne(String orderId) {
        Integer left = unsettledTrades.get(orderId);
        if (left == null) {
            return;
        }
        if (left > 1) {
            unsettledTrades.put(orderId, left - 1);
            return;
        }
        unsettledTrades.remove(orderId);
        BookOrder order = orders.get(orderId);
        if (order != null) {
            forgetIfDone(order);
        }
    }

    BinaryMarket marketOfToken(String tokenId) {
        BinaryMarket m = marketsByToken.get(tokenId);
        if (m == null) {
            throw new OrderRejectedException(Rejection.MARKET_NOT_FOUND, tokenId);
        }
        return m;
    }

    BinaryMarket market(String conditionId) {
        BinaryMarket m = markets.get(conditionId);
        if (m == null) {
            throw new IllegalArgumentException("unknown market " + conditionId);
        }
        return m;
    }
}
