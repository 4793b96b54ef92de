package astra.simulator.venue;

import astra.simulator.event.OrderEventType;
import astra.simulator.lifecycle.SettlementHooks;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.MatchPlanner;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Trade;

/**
 * What settlement does to the venue. MINED releases the trade's held credits. FAILED undoes the
 * match, precisely:
 * <ol>
 *   <li>every balance step is reversed (pUSD paid and the taker fee refunded, tokens returned, a
 *       mint's pair burned and its collateral returned, a merge's pair re-minted);</li>
 *   <li>each maker order gets its leg's size back and holds for it again, and if it had left the
 *       book it returns at its original time priority — but only if it is not cancelled, its
 *       market is open, it has not expired, its price is on the current tick, and it would not
 *       cross the book now; otherwise only its matched size goes down;</li>
 *   <li>the taker's matched size goes down, and nothing of the taker is re-opened: its immediate
 *       part was a taker decision at that moment, not a resting order (a taker left with nothing
 *       open is reported CANCELED).</li>
 * </ol>
 * Every order touched gets a user-channel UPDATE, and changed levels go out on the market channel.
 */
final class FailedTradeUndo implements SettlementHooks {
    static final String REASON_TRADE_FAILED = "trade failed: ";

    private final VenueState state;
    private final Settlement settlement;
    private final MatchPlanner planner;
    private final MarketDataPublisher marketData;

    FailedTradeUndo(VenueState state, Settlement settlement, MatchPlanner planner, MarketDataPublisher marketData) {
        this.state = state;
        this.settlement = settlement;
        this.planner = planner;
        this.marketData = marketData;
    }

    @Override
    public void mined(Trade trade) {
        settlement.mined(trade);
        state.settled(trade);
    }

    @Override
    public void failed(Trade trade) {
        settlement.reverse(trade);
        BinaryMarket market = state.market(trade.conditionId());
        String reason = REASON_TRADE_FAILED + trade.tradeId();
        for (MakerLeg leg : trade.makerLegs()) {
            BookOrder maker = state.orders.get(leg.makerOrderId());
            if (restorable(market, maker)) {
                market.book(maker.tokenId()).restore(maker, leg.sizeMicros());
                state.accounts.hold(maker.orderId(), maker.owner(), OrderEvents.holdAsset(maker),
                        OrderEvents.holdFor(maker, leg.sizeMicros()));
                state.openOrders.restore(maker);
            } else {
                maker.unfill(leg.sizeMicros(), false);
            }
            publishUpdate(maker, reason);
        }
        BookOrder taker = state.orders.get(trade.takerOrderId());
        taker.unfill(trade.sizeMicros(), false);
        publishUpdate(taker, reason);
        marketData.flush(market, state.now());
        state.settled(trade);
    }

    private boolean restorable(BinaryMarket market, BookOrder maker) {
        if (maker.state() == BookOrder.State.CANCELED || !market.open() || !market.tick().accepts(maker.price())) {
            return false;
        }
        boolean expired = maker.request().type() == OrderType.GTD
                && state.now() >= maker.request().expirationSeconds() * 1000;
        if (expired) {
            return false;
        }
        return maker.resting() || !planner.crosses(market, maker.request());
    }

    private void publishUpdate(BookOrder order, String reason) {
        state.events.onEvent(OrderEvents.event(state.now(), OrderEventType.UPDATE, order,
                OrderEvents.statusOf(order), reason));
    }
}
