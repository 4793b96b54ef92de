package astra.simulator.venue;

import static astra.simulator.venue.VenueHarness.MARKET;
import static astra.simulator.venue.VenueHarness.T0;
import static astra.simulator.venue.VenueHarness.YES;
import static astra.simulator.venue.VenueHarness.p;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.simulator.event.OrderEvent;
import astra.simulator.event.OrderEventType;
import astra.simulator.event.OrderStatus;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.OrderRequest;
import astra.simulator.matching.OrderType;
import astra.simulator.matching.Rejection;
import astra.simulator.matching.Side;
import astra.simulator.matching.Tick;
import org.junit.jupiter.api.Test;

class OrderAcceptanceTest {
    private final VenueHarness h = new VenueHarness().rich("alice", "bob");

    private Rejection rejectionOf(OrderRequest r) {
        try {
            h.venue.place(r);
        } catch (OrderRejectedException e) {
            return e.reason();
        }
        throw new AssertionError("order was accepted: " + r);
    }

    @Test
    void priceOffTheTick_isRefusedWithTheTickInTheMessage() {
        assertThatThrownBy(() -> h.gtc("alice", YES, Side.BUY, "0.505", "10"))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessageContaining("breaks minimum tick size rule")
                .hasMessageContaining("0.505")
                .hasMessageContaining("tick 0.01");
    }

    @Test
    void priceBand_acceptsOneTickAndOneMinusTick_refusesBeyond() {
        assertThat(h.gtc("alice", YES, Side.BUY, "0.01", "10").success()).isTrue();
        assertThat(h.gtc("alice", YES, Side.SELL, "0.99", "10").success()).isTrue();
        assertThat(rejectionOf(OrderRequest.gtc("alice", YES, Side.SELL, p("0.995"), p("10"))))
                .isEqualTo(Rejection.INVALID_TICK);
        h.venue.changeTick(MARKET, Tick.TENTH);
        // 0.95 is a valid price at tick 0.01 but not at 0.1
        assertThat(rejectionOf(OrderRequest.gtc("alice", YES, Side.SELL, p("0.95"), p("10"))))
                .isEqualTo(Rejection.INVALID_TICK);
    }

    @Test
    void restingOrderBelowMinimumSize_isRefused_atMinimumAccepted() {
        assertThat(rejectionOf(OrderRequest.gtc("alice", YES, Side.BUY, p("0.50"), p("4.99"))))
                .isEqualTo(Rejection.MIN_SIZE);
        assertThat(h.gtc("alice", YES, Side.BUY, "0.50", "5").success()).isTrue();
    }

    @Test
    void sizeWithThreeDecimals_isRefused() {
        assertThat(rejectionOf(OrderRequest.gtc("alice", YES, Side.BUY, p("0.50"), p("10.005"))))
                .isEqualTo(Rejection.INVALID_SIZE);
    }

    @Test
    void marketableOrderUnderOneDollar_isRefused() {
        // 1.9 × 0.50 = 0.95 < 1 pUSD; 2 × 0.50 = 1.00 is enough
        assertThat(rejectionOf(OrderRequest.immediate("alice", YES, Side.BUY, p("0.50"), p("1.9"), OrderType.FAK)))
                .isEqualTo(Rejection.MIN_NOTIONAL);
        h.gtc("bob", YES, Side.SELL, "0.50", "10");
        assertThat(h.immediate("alice", YES, Side.BUY, "0.50", "2", OrderType.FAK).success()).isTrue();
    }

    @Test
    void postOnlyThatWouldCross_isRefused_andNothingTrades() {
        h.gtc("bob", YES, Side.SELL, "0.55", "10");

        assertThatThrownBy(() -> h.venue.place(OrderRequest.gtc("alice", YES, Side.BUY, p("0.55"), p("10")).withPostOnly()))
                .isInstanceOf(OrderRejectedException.class)
                .hasMessage("invalid post-only order: order crosses book");
        assertThat(h.venue.book(YES).asks()).hasSize(1);
    }

    @Test
    void postOnlyThatWouldCrossThroughTheOtherOutcome_isRefused() {
        // a NO bid at 0.46 is a YES ask at 0.54 (mint): a post-only YES bid at 0.54 crosses it
        h.gtc("bob", VenueHarness.NO, Side.BUY, "0.46", "10");

        assertThat(rejectionOf(OrderRequest.gtc("alice", YES, Side.BUY, p("0.54"), p("10")).withPostOnly()))
                .isEqualTo(Rejection.POST_ONLY_CROSSES);
        assertThat(h.venue.place(OrderRequest.gtc("alice", YES, Side.BUY, p("0.53"), p("10")).withPostOnly()).status())
                .isEqualTo(PlaceResult.Status.LIVE);
    }

    @Test
    void postOnlyWithAnImmediateType_isRefused() {
        OrderRequest fok = new OrderRequest("alice", YES, Side.BUY, p("0.5"), p("10"), OrderType.FOK, 0, true);
        assertThat(rejectionOf(fok)).isEqualTo(Rejection.POST_ONLY_NOT_RESTING);
    }

    @Test
    void gtdExpiringInsideTheSixtySecondThreshold_isRefused_atTheThresholdAccepted() {
        long nowSeconds = T0 / 1000;
        OrderRequest tooSoon = new OrderRequest("alice", YES, Side.BUY, p("0.5"), p("10"), OrderType.GTD, nowSeconds + 59, false);
        OrderRequest justEnough = new OrderRequest("alice", YES, Side.BUY, p("0.5"), p("10"), OrderType.GTD, nowSeconds + 60, false);

        assertThatThrownBy(() -> h.venue.place(tooSoon)).hasMessageContaining("invalid expiration");
        assertThat(h.venue.place(justEnough).status()).isEqualTo(PlaceResult.Status.LIVE);
    }

    @Test
    void gtcCarryingAnExpiration_isRefused() {
        OrderRequest r = new OrderRequest("alice", YES, Side.BUY, p("0.5"), p("10"), OrderType.GTC, T0 / 1000 + 600, false);
        assertThat(rejectionOf(r)).isEqualTo(Rejection.INVALID_EXPIRATION);
    }

    @Test
    void gtdOrder_isCancelledAsExpiredWhenTheClockReachesItsExpiration() {
        long expiry = T0 / 1000 + 90;
        String id = h.venue.place(new OrderRequest("alice", YES, Side.BUY, p("0.5"), p("10"), OrderType.GTD, expiry, false))
                .orderId();
        long held = h.venue.accounts().held("alice", "pUSD");

        h.clock.advanceTo(expiry * 1000 - 1);
        assertThat(h.order(id).state()).isEqualTo(BookOrder.State.OPEN);

        h.clock.advanceTo(expiry * 1000);
        assertThat(h.order(id).state()).isEqualTo(BookOrder.State.CANCELED);
        assertThat(h.venue.book(YES).bids()).isEmpty();
        assertThat(held).isEqualTo(p("5"));
        assertThat(h.venue.accounts().held("alice", "pUSD")).isZero();
        assertThat(h.eventsOf(OrderEvent.class)).last().satisfies(e -> {
            assertThat(e.type()).isEqualTo(OrderEventType.CANCELLATION);
            assertThat(e.reason()).isEqualTo("expired");
            assertThat(e.timestampMillis()).isEqualTo(expiry * 1000);
        });
    }

    @Test
    void unknownToken_isRefused() {
        assertThat(rejectionOf(OrderRequest.gtc("alice", "nope", Side.BUY, p("0.5"), p("10"))))
                .isEqualTo(Rejection.MARKET_NOT_FOUND);
    }

    @Test
    void restingOrder_isPlacedLive() {
        String id = h.gtc("alice", YES, Side.BUY, "0.40", "10").orderId();
        assertThat(h.eventsOf(OrderEvent.class)).singleElement().satisfies(e -> {
            assertThat(e.orderId()).isEqualTo(id);
            assertThat(e.type()).isEqualTo(OrderEventType.PLACEMENT);
            assertThat(e.status()).isEqualTo(OrderStatus.LIVE);
        });
    }
}
