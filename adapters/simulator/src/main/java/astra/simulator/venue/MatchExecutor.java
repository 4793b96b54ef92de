package astra.simulator.venue;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.MatchPlanner.MatchPlan;
import astra.simulator.matching.MatchPlanner.PlannedFill;
import astra.simulator.matching.Trade;
import java.util.ArrayList;
import java.util.List;

/**
 * Carries out a match plan: fills the makers on their books (releasing what their holds reserved
 * for the filled part), fills the taker, prices each leg's taker fee and settles the balances.
 */
final class MatchExecutor {
    /** The trade and the maker orders it touched, in fill order. */
    record Execution(Trade trade, List<BookOrder> makers) {}

    private final VenueState state;
    private final Settlement settlement;

    MatchExecutor(VenueState state, Settlement settlement) {
        this.state = state;
        this.settlement = settlement;
    }

    Execution execute(BinaryMarket market, BookOrder taker, MatchPlan plan) {
        FeeSchedule fees = market.spec().fees();
        List<MakerLeg> legs = new ArrayList<>();
        List<BookOrder> makers = new ArrayList<>();
        long notional = 0;
        long fee = 0;
        for (PlannedFill f : plan.fills()) {
            BookOrder maker = f.maker();
            state.accounts.releasePart(maker.orderId(), OrderEvents.holdFor(maker, f.sizeMicros()));
            market.book(maker.tokenId()).fill(maker, f.sizeMicros());
            if (!maker.open()) {
                state.openOrders.remove(maker);
            }
            long legFee = fees.takerFee(f.takerPriceMicros(), f.sizeMicros());
            legs.add(new MakerLeg(maker.orderId(), maker.owner(), maker.tokenId(), maker.side(), maker.price(),
                    f.sizeMicros(), f.complementary(), f.takerPriceMicros(), legFee));
            makers.add(maker);
            notional += Amounts.notional(f.takerPriceMicros(), f.sizeMicros());
            fee += legFee;
        }
        taker.fill(plan.filledMicros());
        Trade trade = new Trade(state.nextTradeId(), market.conditionId(), taker.orderId(), taker.owner(),
                taker.tokenId(), taker.side(), plan.filledMicros(), notional, fee, legs, state.now());
        settlement.apply(trade);
        state.matched(trade);
        return new Execution(trade, makers);
    }
}
