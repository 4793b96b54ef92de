package astra.store;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.DecisionRecord;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

class JdbcOrderStoreRestartTest extends StoreTestBase {

    @OnEachDatabase
    void closeAndReopen_readsBackEverythingWritten(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore before = open(kind);
        Order bid = live(before, "bid-1", Side.BUY, "0.40", "10");
        Order ask = live(before, "ask-1", Side.SELL, "0.60", "5");
        ClientOrderId gtd = new ClientOrderId("gtd-1");
        before.recordIntent(Order.recorded(new OrderIntent(gtd, OTHER_MARKET, NO, Side.BUY, Price.parse("0.05"),
                Shares.parse("100.25"), TickSize.HUNDREDTH, OrderType.GTD, false,
                Optional.of(Instant.parse("2026-05-02T00:00:00Z")), "satellite"), T0));
        before.transition(gtd, OrderStatus.UNKNOWN, T0.plusNanos(1), Optional.of("submit timed out"));
        before.recordFill(fill("t1", "bid-1", Side.BUY, "0.40", "4", "0.01"));
        before.recordFill(fill("t2", "ask-1", Side.SELL, "0.60", "1", "0"));
        before.recordFill(fill("t3", "bid-1", Side.BUY, "0.40", "2", "0"));
        before.updateFillStatus(FillKey.taker(new TradeId("t1")), TradeStatus.CONFIRMED);
        before.reserve(new Reservation.Collateral(bid.clientOrderId(), MARKET, Usd.parse("1.60")));
        before.reserve(new Reservation.Tokens(ask.clientOrderId(), MARKET, YES, Shares.parse("4")));
        DecisionRecord veto = new DecisionRecord(T0.plusMillis(1), Optional.of(MARKET), "VETO", "SPREAD_TOO_WIDE",
                "QuoteVetoWideSpread", "rules-7", "spread 0.12 > 0.10");
        DecisionRecord halt = new DecisionRecord(T0.plusMillis(2), Optional.empty(), "HALT", "KILL_SWITCH",
                "OperatorHalt", "rules-7", "");
        before.audit(veto);
        before.audit(halt);

        List<ClientOrderId> ids = List.of(bid.clientOrderId(), ask.clientOrderId(), gtd);
        Snapshot written = Snapshot.of(before, ids);
        before.close();

        Snapshot reread = Snapshot.of(open(kind), ids);

        assertThat(reread).isEqualTo(written);
        // the snapshot is not trivially empty: it holds what was written above
        assertThat(written.orders()).extracting(Order::status)
                .containsExactly(OrderStatus.LIVE, OrderStatus.LIVE, OrderStatus.UNKNOWN);
        assertThat(written.orders().get(0).filled()).isEqualTo(Shares.parse("6"));
        assertThat(written.orders().get(2).intent().expiration()).contains(Instant.parse("2026-05-02T00:00:00Z"));
        assertThat(written.fills()).hasSize(3);
        assertThat(written.positions()).hasSize(1);
        assertThat(written.reservations()).hasSize(2);
        assertThat(written.audit()).containsExactly(veto, halt);
    }

    /** Everything the store can be asked, in a form that compares equal when nothing was lost. */
    private record Snapshot(List<Order> orders, List<Order> unsettled, List<Fill> fills, List<Position> positions,
            List<Reservation> reservations, Usd reservedCollateral, Shares reservedYes, List<DecisionRecord> audit) {

        static Snapshot of(JdbcOrderStore store, List<ClientOrderId> ids) {
            return new Snapshot(
                    ids.stream().map(id -> store.find(id).orElseThrow()).toList(),
                    store.unsettledOrders(),
                    store.fills(),
                    store.positions(),
                    store.reservations(),
                    store.reservedCollateral(MARKET),
                    store.reservedTokens(YES),
                    store.auditSince(Instant.EPOCH));
        }
    }
}
