package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.IllegalStateTransitionException;
import astra.domain.Liquidity;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InMemoryOrderStoreTest {
    private static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    private static final ConditionId M = new ConditionId("0xm");
    private static final TokenId YES = new TokenId("1");
    private static final ClientOrderId C1 = new ClientOrderId("c1");
    private static final OrderId H1 = new OrderId("0xh1");

    private final InMemoryOrderStore store = new InMemoryOrderStore(Clock.fixed(T0, ZoneOffset.UTC));

    private static OrderIntent buy(ClientOrderId id, long size) {
        return new OrderIntent(id, M, YES, Side.BUY, Price.parse("0.40"), Shares.whole(size), TickSize.HUNDREDTH,
                OrderType.GTC, false, Optional.empty(), "t");
    }

    private static Fill fill(String trade, OrderId order, Side side, long size, TradeStatus status, int second) {
        return new Fill(FillKey.maker(new TradeId(trade), order), order, M, YES, side, Price.parse("0.40"),
                Shares.whole(size), Liquidity.MAKER, Usd.ZERO, status, T0.plusSeconds(second));
    }

    @Test
    void sameClientOrderIdTwice_isRefused() {
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        assertThatThrownBy(() -> store.recordIntent(Order.recorded(buy(C1, 10), T0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already recorded");
    }

    @Test
    void transitionTheLifecycleForbids_isRefused_andLeavesTheOrderAsItWas() {
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        store.transition(C1, OrderStatus.CANCELLED, T0, Optional.of("x"));

        assertThatThrownBy(() -> store.transition(C1, OrderStatus.LIVE, T0, Optional.empty()))
                .isInstanceOf(IllegalStateTransitionException.class);
        assertThat(store.find(C1).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void fillDeliveredTwice_isRecordedOnce_andCountsOnce() {
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        store.assignVenueId(C1, H1, T0);

        assertThat(store.recordFill(fill("t1", H1, Side.BUY, 4, TradeStatus.MATCHED, 1))).isTrue();
        assertThat(store.recordFill(fill("t1", H1, Side.BUY, 4, TradeStatus.MATCHED, 1))).isFalse();

        assertThat(store.find(C1).orElseThrow().filled()).isEqualTo(Shares.whole(4));
        assertThat(store.position(YES).orElseThrow().size()).isEqualTo(Shares.whole(4));
        // 4 × 0.40 = 1.60, no fee.
        assertThat(store.position(YES).orElseThrow().cost()).isEqualTo(Usd.parse("1.6"));
    }

    @Test
    void fillsArrivingBeforeTheVenueId_areCountedWhenItIsAssigned() {
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        store.recordFill(fill("t1", H1, Side.BUY, 3, TradeStatus.MATCHED, 1));

        assertThat(store.assignVenueId(C1, H1, T0).filled()).isEqualTo(Shares.whole(3));
        assertThat(store.findByVenueId(H1).orElseThrow().clientOrderId()).isEqualTo(C1);
    }

    @Test
    void aFilledOrderWhoseTradeFailed_isLiveAgain_andUnsettled() {
        store.recordIntent(Order.recorded(buy(C1, 4), T0));
        store.assignVenueId(C1, H1, T0);
        store.recordFill(fill("t1", H1, Side.BUY, 4, TradeStatus.MATCHED, 1));
        store.transition(C1, OrderStatus.FILLED, T0.plusSeconds(1), java.util.Optional.empty());
        assertThat(store.unsettledOrders()).isEmpty();

        store.updateFillStatus(FillKey.maker(new TradeId("t1"), H1), TradeStatus.FAILED);

        assertThat(store.find(C1).orElseThrow().status()).isEqualTo(OrderStatus.LIVE);
        assertThat(store.unsettledOrders()).extracting(Order::clientOrderId).containsExactly(C1);
    }

    @Test
    void failingABuyThatALaterSellNeeds_isRefused_andChangesNothing() {
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        store.assignVenueId(C1, H1, T0);
        store.recordFill(fill("t1", H1, Side.BUY, 10, TradeStatus.MATCHED, 1));
        store.recordFill(fill("t2", new OrderId("0xsold"), Side.SELL, 10, TradeStatus.MATCHED, 2));
        var closed = store.position(YES).orElseThrow();
        FillKey buy = FillKey.maker(new TradeId("t1"), H1);

        // Without the buy, the sell of 10 would leave the book 10 short.
        assertThatThrownBy(() -> store.updateFillStatus(buy, TradeStatus.FAILED))
                .isInstanceOf(astra.portfolio.SellExceedsHoldingException.class);

        assertThat(store.findFill(buy).orElseThrow().status()).isEqualTo(TradeStatus.MATCHED);
        assertThat(store.find(C1).orElseThrow().filled()).isEqualTo(Shares.whole(10));
        assertThat(store.position(YES)).contains(closed);
    }

    @Test
    void aSellBeyondTheHolding_isRefused_andNotRecorded() {
        assertThatThrownBy(() -> store.recordFill(fill("t1", new OrderId("0xsold"), Side.SELL, 1,
                TradeStatus.MATCHED, 1))).isInstanceOf(astra.portfolio.SellExceedsHoldingException.class);

        assertThat(store.fills()).isEmpty();
        assertThat(store.position(YES)).isEmpty();
    }

    @Test
    void failedTrade_takesItsFillOutOfFilledSizeAndPosition_andIsFinal() {
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        store.assignVenueId(C1, H1, T0);
        store.recordFill(fill("t1", H1, Side.BUY, 4, TradeStatus.MATCHED, 1));

        store.updateFillStatus(FillKey.maker(new TradeId("t1"), H1), TradeStatus.FAILED);

        assertThat(store.find(C1).orElseThrow().filled()).isEqualTo(Shares.ZERO);
        assertThat(store.position(YES)).isEmpty();
        assertThatThrownBy(() -> store.updateFillStatus(FillKey.maker(new TradeId("t1"), H1), TradeStatus.CONFIRMED))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("FAILED");
    }

    @Test
    void fillBeyondTheOrdersSize_isRefused_andNothingChanges() {
        store.recordIntent(Order.recorded(buy(C1, 5), T0));
        store.assignVenueId(C1, H1, T0);
        store.recordFill(fill("t1", H1, Side.BUY, 4, TradeStatus.MATCHED, 1));

        assertThatThrownBy(() -> store.recordFill(fill("t2", H1, Side.BUY, 2, TradeStatus.MATCHED, 2)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("exceed");
        assertThat(store.fills()).hasSize(1);
        assertThat(store.find(C1).orElseThrow().filled()).isEqualTo(Shares.whole(4));
    }

    @Test
    void venueIdAlreadyHeldByAnotherOrder_isRefused() {
        ClientOrderId c2 = new ClientOrderId("c2");
        store.recordIntent(Order.recorded(buy(C1, 10), T0));
        store.recordIntent(Order.recorded(buy(c2, 10), T0));
        store.assignVenueId(C1, H1, T0);

        assertThatThrownBy(() -> store.assignVenueId(c2, H1, T0)).isInstanceOf(IllegalStateException.class);
        assertThat(store.assignVenueId(C1, H1, T0).venueId()).contains(H1);
    }

    @Test
    void unsettledOrders_areIntentUnknownLiveAndPartiallyFilledOnly() {
        for (String id : new String[] {"i", "u", "l", "f", "x"}) {
            store.recordIntent(Order.recorded(buy(new ClientOrderId(id), 10), T0));
        }
        store.transition(new ClientOrderId("u"), OrderStatus.UNKNOWN, T0, Optional.empty());
        store.transition(new ClientOrderId("l"), OrderStatus.LIVE, T0, Optional.empty());
        store.transition(new ClientOrderId("f"), OrderStatus.FILLED, T0, Optional.empty());
        store.transition(new ClientOrderId("x"), OrderStatus.REJECTED, T0, Optional.empty());

        assertThat(store.unsettledOrders()).extracting(o -> o.clientOrderId().value()).containsExactly("i", "l", "u");
    }

    @Test
    void reservations_sumPerMarketAndToken_andAreReleasedPerOrder() {
        ClientOrderId c2 = new ClientOrderId("c2");
        store.reserve(new Reservation.Collateral(C1, M, Usd.parse("4.072")));
        store.reserve(new Reservation.Collateral(c2, M, Usd.parse("1.5")));
        store.reserve(new Reservation.Tokens(c2, M, YES, Shares.whole(3)));

        assertThat(store.reservedCollateral(M)).isEqualTo(Usd.parse("5.572"));
        assertThat(store.reservedTokens(YES)).isEqualTo(Shares.whole(3));
        store.release(c2);
        assertThat(store.reservedCollateral(M)).isEqualTo(Usd.parse("4.072"));
        assertThat(store.reservedTokens(YES)).isEqualTo(Shares.ZERO);
    }
}
