package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.T0;
import static astra.simulator.venue.VenueHarness.YES;
import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.event.OrderEvent;
import astra.simulator.lifecycle.SettlementPolicy;
import astra.simulator.lifecycle.SettlementTimings;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.FeeSchedule;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A venue told to forget a crowd's done orders keeps them exactly as long as something can still
 * need them: while open, and while a trade of theirs can still fail. Everyone else's are kept.
 */
class ForgottenCrowdOrdersTest {
    private static final long MINED = SettlementTimings.DEFAULT_MINED_AFTER_MILLIS;
    private static final long FAILED = SettlementTimings.DEFAULT_FAILED_AFTER_MILLIS;

    private static VenueHarness venue(SettlementPolicy policy) {
        return new VenueHarness(policy, FeeSchedule.none(), owner -> owner.startsWith("crowd-"))
                .rich("crowd-a", "crowd-b", "trader");
    }

    @Test
    void cancelledCrowdOrder_isForgotten_andReadsAsNeverAccepted() {
        VenueHarness h = venue(SettlementPolicy.neverFail());
        String id = h.gtc("crowd-a", YES, Side.BUY, "0.40", "10").orderId();
        assertThat(h.venue.order(id)).isPresent();
        assertThat(h.venue.ordersHeld()).isEqualTo(1);

        h.venue.cancel("crowd-a", id);

        assertThat(h.venue.order(id)).isEmpty();
        assertThat(h.venue.ordersHeld()).isZero();
        assertThat(h.venue.cancel("crowd-a", id).notCanceled()).containsEntry(id, CancelResult.NOT_FOUND);
    }

    @Test
    void someoneElsesDoneOrder_isKept() {
        VenueHarness h = venue(SettlementPolicy.neverFail());
        String id = h.gtc("trader", YES, Side.BUY, "0.40", "10").orderId();
        h.venue.cancel("trader", id);
        h.clock.advanceTo(T0 + 3_600_000);

        assertThat(h.venue.order(id)).isPresent();
        assertThat(h.venue.cancel("trader", id).notCanceled()).containsEntry(id, CancelResult.ALREADY_DONE);
    }

    @Test
    void killedCrowdOrder_isForgottenAtOnce() {
        VenueHarness h = venue(SettlementPolicy.neverFail());
        String id = h.immediate("crowd-a", YES, Side.BUY, "0.40", "10", OrderType.FOK).orderId();

        assertThat(h.venue.order(id)).isEmpty();
        assertThat(h.venue.ordersHeld()).isZero();
    }

    @Test
    void filledCrowdOrders_areKeptUntilTheirTradeIsMined() {
        VenueHarness h = venue(SettlementPolicy.neverFail());
        String maker = h.gtc("crowd-a", YES, Side.SELL, "0.50", "10").orderId();
        String taker = h.immediate("crowd-b", YES, Side.BUY, "0.50", "10", OrderType.FAK).orderId();

        h.clock.advanceTo(T0 + MINED - 1);
        assertThat(h.venue.order(maker)).isPresent();
        assertThat(h.venue.order(taker)).isPresent();

        h.clock.advanceTo(T0 + MINED);
        assertThat(h.venue.order(maker)).isEmpty();
        assertThat(h.venue.order(taker)).isEmpty();
        assertThat(h.venue.ordersHeld()).isZero();
    }

    @Test
    void partlyFilledCrowdMaker_isKeptWhileItRests_andForgottenWhenCancelledAfterMining() {
        VenueHarness h = venue(SettlementPolicy.neverFail());
        String maker = h.gtc("crowd-a", YES, Side.SELL, "0.50", "20").orderId();
        h.immediate("crowd-b", YES, Side.BUY, "0.50", "10", OrderType.FAK);
        h.clock.advanceTo(T0 + MINED);
        assertThat(h.venue.order(maker)).isPresent();

        h.venue.cancel("crowd-a", maker);

        assertThat(h.venue.order(maker)).isEmpty();
        assertThat(h.venue.ordersHeld()).isZero();
    }

    @Test
    void crowdOrderCancelledBeforeItsTradeSettles_isForgottenOnlyOnceTheTradeIsMined() {
        VenueHarness h = venue(SettlementPolicy.neverFail());
        String maker = h.gtc("crowd-a", YES, Side.SELL, "0.50", "20").orderId();
        h.immediate("crowd-b", YES, Side.BUY, "0.50", "10", OrderType.FAK);
        h.venue.cancel("crowd-a", maker);
        assertThat(h.venue.order(maker)).isPresent();

        h.clock.advanceTo(T0 + MINED);

        assertThat(h.venue.order(maker)).isEmpty();
    }

    @Test
    void failedTrade_stillFindsItsCrowdOrders_restoresTheMaker_andThenForgetsTheTaker() {
        VenueHarness h = venue(SettlementPolicy.alwaysFail());
        String maker = h.gtc("crowd-a", YES, Side.SELL, "0.50", "10").orderId();
        String taker = h.immediate("crowd-b", YES, Side.BUY, "0.50", "10", OrderType.FAK).orderId();
        assertThat(h.venue.order(maker).orElseThrow().state()).isEqualTo(BookOrder.State.FILLED);

        h.clock.advanceTo(T0 + MINED + FAILED);

        List<String> updated = h.eventsOf(OrderEvent.class).stream()
                .filter(e -> e.reason().startsWith(FailedTradeUndo.REASON_TRADE_FAILED))
                .map(OrderEvent::orderId).toList();
        assertThat(updated).containsExactly(maker, taker);
        assertThat(h.venue.openOrders("crowd-a")).extracting(OrderView::orderId).containsExactly(maker);
        assertThat(h.venue.order(taker)).isEmpty();
        assertThat(h.venue.ordersHeld()).isEqualTo(1);
    }
}
