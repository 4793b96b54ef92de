package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.MARKET;
import static astra.simulator.venue.VenueHarness.NO;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.event.BookSnapshot;
import astra.simulator.event.MarketResolved;
import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.event.PriceLevelChange;
import astra.simulator.event.TickSizeChange;
import astra.simulator.event.VenueEvent;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.PriceLevel;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketLifecycleTest {
    private final VenueHarness h = new VenueHarness().rich("alice", "bob");

    @Test
    void cancelOne_removesItAndReleasesItsHold_secondCancelSaysAlreadyDone() {
        String id = h.gtc("alice", YES, Side.BUY, "0.40", "10").orderId();
        assertThat(h.venue.accounts().held("alice", "pUSD")).isEqualTo(p("4"));

        CancelResult first = h.venue.cancel("alice", id);
        CancelResult second = h.venue.cancel("alice", id);

        assertThat(first.canceled()).containsExactly(id);
        assertThat(second.notCanceled()).containsEntry(id, "already canceled or matched");
        assertThat(h.venue.accounts().held("alice", "pUSD")).isZero();
        assertThat(h.venue.book(YES).bids()).isEmpty();
    }

    @Test
    void cancelMany_reportsUnknownAndForeignOrdersAsNotFound() {
        String mine = h.gtc("alice", YES, Side.BUY, "0.40", "10").orderId();
        String bobs = h.gtc("bob", YES, Side.BUY, "0.41", "10").orderId();

        CancelResult r = h.venue.cancelOrders("alice", List.of(mine, bobs, "0xdead"));

        assertThat(r.canceled()).containsExactly(mine);
        assertThat(r.notCanceled()).containsOnlyKeys(bobs, "0xdead").containsValue("order not found");
        assertThat(h.order(bobs).state()).isEqualTo(BookOrder.State.OPEN);
    }

    @Test
    void cancelAll_cancelsOnlyTheOwnersOpenOrders() {
        h.gtc("alice", YES, Side.BUY, "0.40", "10");
        h.gtc("alice", NO, Side.BUY, "0.40", "10");
        String bobs = h.gtc("bob", YES, Side.BUY, "0.39", "10").orderId();

        assertThat(h.venue.cancelAll("alice").canceled()).hasSize(2);
        assertThat(h.venue.openOrders("alice")).isEmpty();
        assertThat(h.venue.openOrders("bob")).extracting(OrderView::orderId).containsExactly(bobs);
    }

    @Test
    void cancelMarket_canBeLimitedToOneToken() {
        h.gtc("alice", YES, Side.BUY, "0.40", "10");
        String no = h.gtc("alice", NO, Side.BUY, "0.40", "10").orderId();

        h.venue.cancelMarket("alice", MARKET, Optional.of(YES));

        assertThat(h.venue.openOrders("alice")).extracting(OrderView::orderId).containsExactly(no);
        assertThat(h.venue.cancelMarket("alice", MARKET, Optional.empty()).canceled()).containsExactly(no);
    }

    @Test
    void coarserTick_cancelsOrdersOffTheNewGrid_keepsTheOthers() {
        String onGrid = h.gtc("alice", YES, Side.BUY, "0.40", "10").orderId();
        String offGrid = h.gtc("alice", YES, Side.BUY, "0.43", "10").orderId();

        h.venue.changeTick(MARKET, Tick.TENTH);

        assertThat(h.order(onGrid).state()).isEqualTo(BookOrder.State.OPEN);
        assertThat(h.order(offGrid).state()).isEqualTo(BookOrder.State.CANCELED);
        assertThat(h.venue.book(YES).bids()).containsExactly(new PriceLevel(p("0.40"), p("10")));
        assertThat(h.eventsOf(TickSizeChange.class)).extracting(TickSizeChange::tokenId).containsExactly(YES, NO);
        assertThat(h.eventsOf(TickSizeChange.class).get(0).newTickMicros()).isEqualTo(p("0.1"));
    }

    @Test
    void tickChange_isFollowedByAFreshBookOfBothTokens_inPlaceOfTheCancelledLevelsChanges() {
        h.gtc("alice", YES, Side.BUY, "0.40", "10");
        h.gtc("alice", YES, Side.BUY, "0.43", "10");
        int before = h.events.size();

        h.venue.changeTick(MARKET, Tick.TENTH);

        List<VenueEvent> after = h.events.subList(before, h.events.size());
        // tick_size_change ×2, the off-grid order's cancellation, then both books; no price_change
        // for the removed 0.43 level: the books that follow already lack it.
        assertThat(after).extracting(e -> e.getClass().getSimpleName())
                .containsExactly("TickSizeChange", "TickSizeChange", "OrderEvent", "BookSnapshot", "BookSnapshot");
        BookSnapshot yes = (BookSnapshot) after.get(3);
        BookSnapshot no = (BookSnapshot) after.get(4);
        assertThat(yes.tokenId()).isEqualTo(YES);
        assertThat(yes.tickMicros()).isEqualTo(p("0.1"));
        assertThat(yes.bids()).containsExactly(new PriceLevel(p("0.40"), p("10")));
        assertThat(yes.asks()).isEmpty();
        // The NO book mirrors YES: a YES bid at 0.40 is a NO ask at 1 − 0.40 = 0.60.
        assertThat(no.tokenId()).isEqualTo(NO);
        assertThat(no.bids()).isEmpty();
        assertThat(no.asks()).containsExactly(new PriceLevel(p("0.60"), p("10")));
        assertThat(after).noneMatch(PriceLevelChange.class::isInstance);
    }

    @Test
    void finerTick_keepsEveryOrderAndAcceptsFinerPrices() {
        h.gtc("alice", YES, Side.BUY, "0.97", "10");
        h.gtc("alice", YES, Side.BUY, "0.43", "10");

        h.venue.changeTick(MARKET, Tick.THOUSANDTH);

        assertThat(h.venue.openOrders("alice")).hasSize(2);
        assertThat(h.gtc("bob", YES, Side.SELL, "0.985", "10").status()).isEqualTo(PlaceResult.Status.LIVE);
    }

    @Test
    void closingAMarket_cancelsRestingOrdersAsMarketResolved_andRefusesNewOnes() {
        String id = h.gtc("alice", YES, Side.BUY, "0.40", "10").orderId();

        h.venue.closeMarket(MARKET, YES);

        assertThat(h.order(id).state()).isEqualTo(BookOrder.State.CANCELED);
        OrderEvent cancel = h.eventsOf(OrderEvent.class).get(1);
        assertThat(cancel.type()).isEqualTo(OrderEventType.CANCELLATION);
        assertThat(cancel.status()).isEqualTo(OrderStatus.CANCELED_MARKET_RESOLVED);
        assertThat(h.eventsOf(MarketResolved.class)).singleElement()
                .satisfies(e -> assertThat(e.winningToken()).isEqualTo(YES));
        assertThatThrownBy(() -> h.gtc("bob", YES, Side.BUY, "0.40", "10"))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("market is closed");
        assertThat(h.venue.accounts().held("alice", "pUSD")).isZero();
    }
}
