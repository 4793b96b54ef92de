package astra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.IllegalStateTransitionException;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderStatus;
import astra.domain.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

class JdbcOrderStoreOrdersTest extends StoreTestBase {
    private static final ClientOrderId BID = new ClientOrderId("bid-1");

    @OnEachDatabase
    void recordIntent_isFoundAsUnsettledIntent(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        Order recorded = Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0);

        store.recordIntent(recorded);

        assertThat(store.find(BID)).contains(recorded);
        assertThat(store.unsettledOrders()).containsExactly(recorded);
    }

    @OnEachDatabase
    void recordIntentTwice_isRefusedAndKeepsTheFirst(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        Order first = Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0);
        store.recordIntent(first);

        assertThatThrownBy(() -> store.recordIntent(Order.recorded(intent("bid-1", Side.SELL, "0.60", "1"), T0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bid-1 is already recorded");
        assertThat(store.find(BID)).contains(first);
    }

    @OnEachDatabase
    void legalTransitions_areStoredWithTimeAndReason(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        store.recordIntent(Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0));

        store.transition(BID, OrderStatus.UNKNOWN, T0.plusSeconds(1), Optional.of("submit timed out"));
        Order cancelled = store.transition(BID, OrderStatus.CANCELLED, T0.plusSeconds(2), Optional.of("cancel-all"));

        assertThat(store.find(BID)).contains(cancelled);
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.updatedAt()).isEqualTo(T0.plusSeconds(2));
        assertThat(cancelled.statusReason()).contains("cancel-all");
        assertThat(store.unsettledOrders()).isEmpty();
    }

    @OnEachDatabase
    void cancelledToLive_isRefusedAndTheRowIsUnchanged(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        Order cancelled = store.transition(BID, OrderStatus.CANCELLED, T0.plusSeconds(1), Optional.empty());

        assertThatThrownBy(() -> store.transition(BID, OrderStatus.LIVE, T0.plusSeconds(2), Optional.of("late ack")))
                .isInstanceOfSatisfying(IllegalStateTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(OrderStatus.CANCELLED);
                    assertThat(e.to()).isEqualTo(OrderStatus.LIVE);
                });
        assertThat(store.find(BID)).contains(cancelled);
    }

    @OnEachDatabase
    void intentToExpired_isRefusedAndTheRowIsUnchanged(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        Order recorded = Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0);
        store.recordIntent(recorded);

        assertThatThrownBy(() -> store.transition(BID, OrderStatus.EXPIRED, T0.plusSeconds(1), Optional.empty()))
                .isInstanceOf(IllegalStateTransitionException.class)
                .hasMessageContaining("INTENT to EXPIRED");
        assertThat(store.find(BID)).contains(recorded);
    }

    @OnEachDatabase
    void transitionOfUnknownOrder_isRefused(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);

        assertThatThrownBy(() -> store.transition(BID, OrderStatus.LIVE, T0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no order bid-1");
    }

    @OnEachDatabase
    void assignVenueId_makesTheOrderFindableByIt(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        store.recordIntent(Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0));

        Order assigned = store.assignVenueId(BID, new OrderId("0xabc"), T0.plusSeconds(1));

        assertThat(assigned.venueId()).contains(new OrderId("0xabc"));
        assertThat(store.findByVenueId(new OrderId("0xabc"))).contains(assigned);
        assertThat(store.findByVenueId(new OrderId("0xother"))).isEmpty();
    }

    @OnEachDatabase
    void venueIdOfAnotherOrder_isRefused(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        store.recordIntent(Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0));
        Order other = Order.recorded(intent("bid-2", Side.BUY, "0.39", "10"), T0);
        store.recordIntent(other);
        store.assignVenueId(BID, new OrderId("0xabc"), T0.plusSeconds(1));

        assertThatThrownBy(() -> store.assignVenueId(other.clientOrderId(), new OrderId("0xabc"), T0.plusSeconds(2)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already belongs to order bid-1");
        assertThat(store.find(other.clientOrderId())).contains(other);
    }

    @OnEachDatabase
    void secondDifferentVenueId_isRefused(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        store.recordIntent(Order.recorded(intent("bid-1", Side.BUY, "0.40", "10"), T0));
        Order assigned = store.assignVenueId(BID, new OrderId("0xabc"), T0.plusSeconds(1));

        assertThat(store.assignVenueId(BID, new OrderId("0xabc"), T0.plusSeconds(2))).isEqualTo(assigned);
        assertThatThrownBy(() -> store.assignVenueId(BID, new OrderId("0xdef"), T0.plusSeconds(3)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has venue id 0xabc");
        assertThat(store.find(BID)).contains(assigned);
    }

    /**
     * Two stores on one database race to move the same live orders, one to CANCELLED, the other
     * to EXPIRED. Neither may go on from the other's terminal status, so exactly one wins each race.
     */
    @OnEachDatabase
    void twoWritersRacingOnOneOrder_onlyOneMovesIt(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore first = open(kind);
        JdbcOrderStore second = open(kind);
        int races = 20;
        for (int i = 0; i < races; i++) {
            live(first, "o-" + i, Side.BUY, "0.40", "10");
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < races; i++) {
                ClientOrderId id = new ClientOrderId("o-" + i);
                CountDownLatch start = new CountDownLatch(1);
                Future<OrderStatus> a = pool.submit(mover(first, id, OrderStatus.CANCELLED, start));
                Future<OrderStatus> b = pool.submit(mover(second, id, OrderStatus.EXPIRED, start));
                start.countDown();
                List<OrderStatus> moved = new ArrayList<>();
                for (Future<OrderStatus> f : List.of(a, b)) {
                    OrderStatus s = f.get(30, TimeUnit.SECONDS);
                    if (s != null) {
                        moved.add(s);
                    }
                }
                assertThat(moved).as("winners of race %d", i).hasSize(1);
                assertThat(first.find(id).orElseThrow().status()).isEqualTo(moved.get(0));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** Moves the order when started; the status it set, or null when the lifecycle refused it. */
    private static Callable<OrderStatus> mover(JdbcOrderStore store, ClientOrderId id, OrderStatus to,
            CountDownLatch start) {
        return () -> {
            start.await();
            try {
                return store.transition(id, to, T0.plusSeconds(9), Optional.empty()).status();
            } catch (IllegalStateTransitionException refused) {
                return null;
            }
        };
    }
}
