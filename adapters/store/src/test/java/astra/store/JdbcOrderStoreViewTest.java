package astra.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.IllegalStateTransitionException;
import astra.domain.Liquidity;
import astra.domain.Order;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * The rows read at decision cadence come from the store's in-memory view: it changes only when a
 * write commits, and it always equals what a store opened afresh on the same database reads.
 */
class JdbcOrderStoreViewTest extends StoreTestBase {

    /** Everything the view serves, compared as a whole. */
    private record Seen(List<Order> unsettled, List<List<Order>> byMarket, List<Position> positions,
            List<Reservation> reservations, List<Optional<Fill>> fills, List<Usd> collateral, List<Shares> tokens,
            List<Optional<Position>> byToken) {

        static Seen of(JdbcOrderStore store, List<FillKey> keys) {
            List<List<Order>> byMarket = List.of(store.unsettledOrdersIn(MARKET), store.unsettledOrdersIn(OTHER_MARKET));
            for (int i = 0; i < byMarket.size(); i++) {
                ConditionId market = i == 0 ? MARKET : OTHER_MARKET;
                // The per-market index is the whole list filtered, in the same order.
                assertThat(byMarket.get(i)).isEqualTo(store.unsettledOrders().stream()
                        .filter(o -> o.intent().market().equals(market)).toList());
            }
            return new Seen(store.unsettledOrders(), byMarket, store.positions(), store.reservations(),
                    keys.stream().map(store::findFill).toList(),
                    List.of(store.reservedCollateral(MARKET), store.reservedCollateral(OTHER_MARKET)),
                    List.of(store.reservedTokens(YES), store.reservedTokens(NO)),
                    List.of(store.position(YES), store.position(NO)));
        }
    }

    @OnEachDatabase
    void refusedWrites_leaveTheViewAsItWas(TestDatabase.Kind kind) throws Exception {
        JdbcOrderStore store = open(kind);
        live(store, "bid-1", Side.BUY, "0.40", "10");
        store.reserve(new Reservation.Collateral(new ClientOrderId("bid-1"), MARKET, Usd.parse("4.00")));
        Fill first = fill("t1", "bid-1", Side.BUY, "0.40", "4", "0");
        store.recordFill(first);
        Fill failed = fill("t2", "bid-1", Side.BUY, "0.40", "1", "0");
        store.recordFill(failed);
        store.updateFillStatus(failed.key(), TradeStatus.FAILED);
        Fill tooBig = fill("t3", "bid-1", Side.BUY, "0.40", "7", "0"); // 4 + 7 = 11 > 10
        List<FillKey> keys = List.of(first.key(), failed.key(), tooBig.key());
        Seen before = Seen.of(store, keys);
        assertThat(before.unsettled()).singleElement().satisfies(o -> assertThat(o.filled()).isEqualTo(Shares.whole(4)));

        // The fill is inserted, then the recount refuses it: the whole transaction rolls back.
        assertThatThrownBy(() -> store.recordFill(tooBig)).isInstanceOf(FillExceedsOrderException.class);
        assertThatThrownBy(() -> store.transition(new ClientOrderId("bid-1"), OrderStatus.INTENT, T0.plusSeconds(9),
                Optional.empty())).isInstanceOf(IllegalStateTransitionException.class);
        assertThatThrownBy(() -> store.recordIntent(Order.recorded(intent("bid-1", Side.BUY, "0.41", "5"), T0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.updateFillStatus(failed.key(), TradeStatus.MINED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> store.transition(new ClientOrderId("nobody"), OrderStatus.LIVE, T0, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(Seen.of(store, keys)).isEqualTo(before);
        assertThat(store.findFill(tooBig.key())).isEmpty();
        assertThat(Seen.of(open(kind), keys)).isEqualTo(before);
    }

    @OnEachDatabase
    void afterRandomWrites_theViewEqualsWhatAFreshOpenReads(TestDatabase.Kind kind) throws Exception {
        for (int seed = 0; seed < 4; seed++) {
            JdbcOrderStore store = open(kind);
            Random random = new Random(seed);
            List<String> orders = new ArrayList<>();
            List<FillKey> keys = new ArrayList<>();
            for (int step = 0; step < 150; step++) {
                randomWrite(store, random, "s" + seed + "-", orders, keys, step);
                if (step % 50 == 49) {
                    assertThat(Seen.of(store, keys)).as("seed %d step %d", seed, step)
                            .isEqualTo(Seen.of(open(kind), keys));
                }
            }
        }
    }

    private static void randomWrite(JdbcOrderStore store, Random random, String prefix, List<String> orders,
            List<FillKey> keys, int step) {
        int op = random.nextInt(100);
        if (op < 15 || orders.isEmpty()) {
            String id = prefix + orders.size();
            Side side = random.nextBoolean() ? Side.BUY : Side.SELL;
            // Several orders share one creation instant, as in one decision cycle: the id breaks the tie.
            OrderIntent i = intent(id, side, "0.4" + random.nextInt(10), "10");
            // A third of the orders in another market, so each market's list changes apart from the other's.
            ConditionId market = random.nextInt(3) == 0 ? OTHER_MARKET : MARKET;
            store.recordIntent(Order.recorded(new OrderIntent(i.clientOrderId(), market, i.token(), i.side(), i.price(),
                    i.size(), i.tickSize(), i.type(), i.postOnly(), i.expiration(), i.reason()),
                    T0.plusMillis(250L * (step / 3))));
            orders.add(id);
            return;
        }
        String id = orders.get(random.nextInt(orders.size()));
        ClientOrderId client = new ClientOrderId(id);
        Order order = store.find(client).orElseThrow();
        try {
            if (op < 30) {
                store.assignVenueId(client, venueId(id), T0.plusSeconds(step));
            } else if (op < 50) {
                OrderStatus[] all = OrderStatus.values();
                store.transition(client, all[random.nextInt(all.length)], T0.plusSeconds(step), Optional.of("r" + step));
            } else if (op < 70) {
                TokenId token = random.nextBoolean() ? YES : NO;
                Side side = order.intent().side();
                Fill f = new Fill(FillKey.taker(new TradeId(prefix + "t" + step)), venueId(id), MARKET, token, side,
                        Price.parse("0.4" + random.nextInt(10)), Shares.whole(1 + random.nextInt(4)), Liquidity.TAKER,
                        Usd.ZERO, TradeStatus.MATCHED, T0.plusSeconds(step));
                store.recordFill(f);
                keys.add(f.key());
            } else if (op < 80 && !keys.isEmpty()) {
                TradeStatus[] all = TradeStatus.values();
                store.updateFillStatus(keys.get(random.nextInt(keys.size())), all[random.nextInt(all.length)]);
            } else if (op < 92) {
                ConditionId market = random.nextBoolean() ? MARKET : OTHER_MARKET;
                store.reserve(random.nextBoolean()
                        ? new Reservation.Collateral(client, market, Usd.parse("0." + random.nextInt(100)))
                        : new Reservation.Tokens(client, market, random.nextBoolean() ? YES : NO,
                                Shares.whole(random.nextInt(5))));
            } else {
                store.release(client);
            }
        } catch (IllegalStateException | IllegalArgumentException refused) {
            // Refused writes (illegal transitions, fills beyond the order's size, a second venue id)
            // are part of the sequence: they must leave nothing behind.
        }
    }
}
