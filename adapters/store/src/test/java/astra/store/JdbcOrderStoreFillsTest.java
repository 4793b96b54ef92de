package astra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Order;
import astra.domain.OrderStatus;
import astra.domain.Position;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.portfolio.SellExceedsHoldingException;
import java.util.Optional;

class JdbcOrderStoreFillsTest extends StoreTestBase {
    private static final ClientOrderId BID = new ClientOrderId("bid-1");
    private static final ClientOrderId ASK = new ClientOrderId("ask-1");

    private static Position yes(String size, String cost, String realized) {
        return new Position(MARKET, YES, Shares.parse(size), Usd.parse(cost), Usd.parse(realized));
    }

    private static Shares filled(JdbcOrderStore store, ClientOrderId id) {
        return store.find(id).orElseThrow().filled();
    }

    @OnEachDatabase
    void fills_addUpToFilledSizeAndPosition(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.50", "20");

        // 10 @ 0.40 = 4.00, then 10 @ 0.60 = 6.00 → 20 held at cost 10.00
        assertThat(store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "10", "0"))).isTrue();
        assertThat(filled(store, BID)).isEqualTo(Shares.whole(10));
        store.transition(BID, OrderStatus.PARTIALLY_FILLED, T0.plusSeconds(1), Optional.empty());
        assertThat(store.recordFill(fill("t2", "bid-1", Side.BUY, "0.60", "10", "0"))).isTrue();
        store.transition(BID, OrderStatus.FILLED, T0.plusSeconds(2), Optional.empty());

        assertThat(filled(store, BID)).isEqualTo(Shares.whole(20));
        assertThat(store.position(YES)).contains(yes("20", "10.00", "0"));
        assertThat(store.positions()).containsExactly(yes("20", "10.00", "0"));
        assertThat(store.fills()).extracting(f -> f.key().tradeId().value()).containsExactly("t1", "t2");
    }

    @OnEachDatabase
    void sell_realizesAgainstAverageCost(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.50", "20");
        live(store, "ask-1", Side.SELL, "0.70", "5");
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "10", "0"));
        store.recordFill(fill("t2", "bid-1", Side.BUY, "0.60", "10", "0"));

        store.recordFill(fill("t3", "ask-1", Side.SELL, "0.70", "5", "0"));

        // sell 5 @ 0.70 = 3.50 against average 0.50 → realized 3.50 − 2.50 = 1.00; 15 left at 7.50
        assertThat(store.position(YES)).contains(yes("15", "7.50", "1.00"));
        assertThat(filled(store, ASK)).isEqualTo(Shares.whole(5));
    }

    @OnEachDatabase
    void fillDeliveredTwice_isRecordedOnce(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "20");
        Fill fill = fill("t1", "bid-1", Side.BUY, "0.40", "10", "0.02");
        assertThat(store.recordFill(fill)).isTrue();
        Order afterFirst = store.find(BID).orElseThrow();
        Optional<Position> positionAfterFirst = store.position(YES);

        boolean second = store.recordFill(fill);
        boolean redeliveredConfirmed = store.recordFill(fill.withStatus(TradeStatus.CONFIRMED));

        assertThat(second).isFalse();
        assertThat(redeliveredConfirmed).isFalse();
        assertThat(store.fills()).containsExactly(fill);
        assertThat(store.find(BID)).contains(afterFirst);
        // 10 × 0.40 = 4.00 + fee 0.02
        assertThat(positionAfterFirst).contains(yes("10", "4.02", "0"));
        assertThat(store.position(YES)).isEqualTo(positionAfterFirst);
    }

    @OnEachDatabase
    void fillBeyondOrderSize_isRefusedAndChangesNothing(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "6", "0"));

        // 6 filled + 4.01 = 10.01 > size 10
        assertThatThrownBy(() -> store.recordFill(fill("t2", "bid-1", Side.BUY, "0.40", "4.01", "0")))
                .isInstanceOf(FillExceedsOrderException.class)
                .hasMessageContaining("filled 10.01 beyond its size 10");

        assertThat(filled(store, BID)).isEqualTo(Shares.whole(6));
        assertThat(store.findFill(FillKey.taker(new TradeId("t2")))).isEmpty();
        assertThat(store.position(YES)).contains(yes("6", "2.40", "0"));
        // exactly the rest still fits: 6 + 4 = 10
        assertThat(store.recordFill(fill("t3", "bid-1", Side.BUY, "0.40", "4", "0"))).isTrue();
        assertThat(filled(store, BID)).isEqualTo(Shares.whole(10));
    }

    @OnEachDatabase
    void failedTrade_takesTheFillOutOfFilledSizeAndPosition(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.50", "20");
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "10", "0"));
        Position beforeSecond = store.position(YES).orElseThrow();
        store.recordFill(fill("t2", "bid-1", Side.BUY, "0.60", "10", "0.03"));
        FillKey second = FillKey.taker(new TradeId("t2"));

        store.updateFillStatus(second, TradeStatus.RETRYING);
        assertThat(filled(store, BID)).as("a retrying trade still counts").isEqualTo(Shares.whole(20));
        store.updateFillStatus(second, TradeStatus.FAILED);

        assertThat(store.findFill(second).orElseThrow().status()).isEqualTo(TradeStatus.FAILED);
        assertThat(filled(store, BID)).isEqualTo(Shares.whole(10));
        assertThat(store.position(YES)).contains(beforeSecond);
        assertThat(beforeSecond).isEqualTo(yes("10", "4.00", "0"));
    }

    @OnEachDatabase
    void aFilledOrderWhoseTradeFailed_isOpenAgain_trackedAsUnsettled(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-0", Side.BUY, "0.40", "20");
        store.recordFill(fill("t0", "bid-0", Side.BUY, "0.40", "20", "0")); // the tokens the ask sells
        live(store, "ask-1", Side.SELL, "0.50", "20");
        store.recordFill(fill("t1", "ask-1", Side.SELL, "0.50", "12", "0"));
        store.recordFill(fill("t2", "ask-1", Side.SELL, "0.50", "8", "0"));
        store.transition(ASK, OrderStatus.FILLED, T0.plusSeconds(1), Optional.empty());
        assertThat(store.unsettledOrders()).extracting(Order::clientOrderId).doesNotContain(ASK);

        store.updateFillStatus(FillKey.taker(new TradeId("t2")), TradeStatus.FAILED);
        assertThat(store.find(ASK).orElseThrow().status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        store.updateFillStatus(FillKey.taker(new TradeId("t1")), TradeStatus.FAILED);

        Order reopened = store.find(ASK).orElseThrow();
        assertThat(reopened.status()).isEqualTo(OrderStatus.LIVE);
        assertThat(reopened.filled()).isEqualTo(Shares.ZERO);
        assertThat(reopened.statusReason().orElseThrow()).contains("FAILED trade");
        assertThat(store.unsettledOrders()).extracting(Order::clientOrderId).contains(ASK);
        assertThat(open(kind).find(ASK).orElseThrow().status()).as("after a restart").isEqualTo(OrderStatus.LIVE);
    }

    @OnEachDatabase
    void failedOnlyTrade_leavesNoPosition(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "10", "0"));

        store.updateFillStatus(FillKey.taker(new TradeId("t1")), TradeStatus.FAILED);

        assertThat(store.position(YES)).isEmpty();
        assertThat(store.positions()).isEmpty();
        assertThat(filled(store, BID)).isEqualTo(Shares.ZERO);
    }

    @OnEachDatabase
    void failedTrade_isFinal(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "10", "0"));
        FillKey key = FillKey.taker(new TradeId("t1"));
        store.updateFillStatus(key, TradeStatus.FAILED);

        assertThatThrownBy(() -> store.updateFillStatus(key, TradeStatus.CONFIRMED))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("FAILED, which is final");
        assertThat(filled(store, BID)).isEqualTo(Shares.ZERO);
    }

    @OnEachDatabase
    void failingABuyThatALaterSellNeeds_isRefused(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        live(store, "ask-1", Side.SELL, "0.50", "10");
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "10", "0"));
        store.recordFill(fill("t2", "ask-1", Side.SELL, "0.50", "10", "0"));
        Position closed = store.position(YES).orElseThrow();
        FillKey buy = FillKey.taker(new TradeId("t1"));

        // without the buy the sell of 10 would leave the book 10 short
        assertThatThrownBy(() -> store.updateFillStatus(buy, TradeStatus.FAILED))
                .isInstanceOf(SellExceedsHoldingException.class);

        assertThat(store.findFill(buy).orElseThrow().status()).isEqualTo(TradeStatus.MATCHED);
        assertThat(filled(store, BID)).isEqualTo(Shares.whole(10));
        // 10 × 0.50 − 10 × 0.40 = 1.00
        assertThat(closed).isEqualTo(yes("0", "0", "1.00"));
        assertThat(store.position(YES)).contains(closed);
    }

    @OnEachDatabase
    void sellBeyondHolding_isRefusedAndNotRecorded(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "ask-1", Side.SELL, "0.50", "10");

        assertThatThrownBy(() -> store.recordFill(fill("t1", "ask-1", Side.SELL, "0.50", "1", "0")))
                .isInstanceOf(SellExceedsHoldingException.class);

        assertThat(store.fills()).isEmpty();
        assertThat(filled(store, ASK)).isEqualTo(Shares.ZERO);
        assertThat(store.position(YES)).isEmpty();
    }

    @OnEachDatabase
    void fillBeforeVenueIdIsKnown_countsOnceTheIdIsAssigned(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        store.recordIntent(Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0));
        store.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "3", "0"));
        assertThat(filled(store, BID)).isEqualTo(Shares.ZERO);

        Order assigned = store.assignVenueId(BID, venueId("bid-1"), T0.plusSeconds(1));

        assertThat(assigned.filled()).isEqualTo(Shares.whole(3));
        assertThat(store.find(BID)).contains(assigned);
    }

    @OnEachDatabase
    void fillArrivingAsFailed_isRecordedButDoesNotCount(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        Fill failed = fill("t1", "bid-1", Side.BUY, "0.40", "10", "0").withStatus(TradeStatus.FAILED);

        assertThat(store.recordFill(failed)).isTrue();

        assertThat(store.findFill(failed.key())).contains(failed);
        assertThat(filled(store, BID)).isEqualTo(Shares.ZERO);
        assertThat(store.position(YES)).isEmpty();
    }

    @OnEachDatabase
    void statusUpdateOfUnknownFill_isRefused(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);

        assertThatThrownBy(() -> store.updateFillStatus(FillKey.taker(new TradeId("nope")), TradeStatus.MINED))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no fill");
    }
}
