package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.TradeId;
import astra.runtime.PaperSession;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Trade;
import astra.simulator.venue.OrderView;
import astra.simulator.host.TradeLedger;
import astra.store.JdbcOrderStore;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes and restarts over one venue and one order store file: after each restart's start-up
 * reconciliation the store and the venue agree on what is open (nothing orphaned either way) and
 * every trade of ours at the venue is a fill in the store. Twice: a quick restart (3 s, the
 * venue's dead-man switch has not fired, our orders still rest and may fill meanwhile) and a slow
 * one (30 s, the venue cancelled everything after 10 s without a heartbeat, the store still
 * thinks them open). The last run stops properly and leaves nothing resting.
 */
class RestartReconciliationIT {
    private static final String WORLD = """
            run: {duration: 10m}
            markets: {standalone: 6, negRiskEvents: 0}
            takers: {perMinute: 30}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            settlement: {failureRate: 0}
            """;
    private static final String OWNER = PaperSession.SIMULATOR_CREDENTIALS.key();
    private static final String RUN_ID = "restart"; // the same id each time, as a restarted session has

    @TempDir
    Path temp;

    @Test
    @Timeout(175)
    void afterACrash_restartReconciles_nothingOrphanedEitherWay_andEveryVenueTradeIsAFill() throws Exception {
        try (E2eBench bench = new E2eBench(temp, WORLD, 3L, Map.of(),
                E2eBench.properties("astra.decision.period-ms", "1000"))) {
            BacktestRun first = bench.run(RUN_ID, v -> { });
            first.start();
            steps(first, 120);
            assertThat(venueOpen(bench)).as("orders resting at the crash").isNotEmpty();
            assertThat(bench.store().fills()).as("fills before the crash").isNotEmpty();
            first.abandon();

            // Quick restart: 3 s later the dead man (10 s) has not fired; our orders still rest.
            bench.world.advance(3_000);
            Set<String> stillOpen = venueOpen(bench).keySet();
            assertThat(stillOpen).as("orders the venue kept over a 3 s outage").isNotEmpty();
            JdbcOrderStore store = bench.reopenStore();
            BacktestRun second = bench.run(RUN_ID, v -> { });
            second.start();
            assertAgree(bench, store, "after the quick restart");
            steps(second, 60);
            assertAgree(bench, store, "a minute after the quick restart");
            assertNoDuplicateIds(second);
            assertThat(venueOpen(bench)).as("orders resting at the second crash").isNotEmpty();
            second.abandon();

            // Slow restart: 30 s without heartbeats, the venue cancelled every order of ours.
            bench.world.advance(30_000);
            assertThat(venueOpen(bench)).as("the venue's dead man cancelled everything").isEmpty();
            store = bench.reopenStore();
            assertThat(storeOpen(store)).as("the store, not told, still holds orders open").isNotEmpty();
            BacktestRun third = bench.run(RUN_ID, v -> { });
            third.start();
            assertAgree(bench, store, "after the slow restart");
            assertThat(storeOpen(store)).as("nothing open anywhere after the slow restart").isEmpty();
            steps(third, 60);
            assertThat(venueOpen(bench)).as("the third run quoted again").isNotEmpty();
            assertNoDuplicateIds(third);
            third.stop("end of test");

            assertThat(venueOpen(bench)).as("resting at the venue after stop").isEmpty();
            assertThat(storeOpen(store)).as("open in the store after stop").isEmpty();
            assertAgree(bench, store, "after stop");
        }
    }

    /** A restarted run's new orders must not reuse the client ids of the orders its store already holds. */
    private static void assertNoDuplicateIds(BacktestRun run) {
        assertThat(run.core().metrics().count("astra_order_refusals_total", "code", "DUPLICATE_CLIENT_ORDER_ID"))
                .as("orders refused as duplicates of stored client ids").isZero();
        assertThat(run.core().metrics().count("astra_orders_total", "outcome", "sent")).isPositive();
    }

    private static void steps(BacktestRun run, int n) {
        for (int i = 0; i < n; i++) {
            run.step();
        }
    }

    /** Open in the store (LIVE or partly filled, something left), by venue id; every one must have a venue id. */
    private static Map<String, Order> storeOpen(JdbcOrderStore store) {
        Map<String, Order> open = new HashMap<>();
        for (Order o : store.unsettledOrders()) {
            if (!o.remaining().isZero()) {
                assertThat(o.venueId()).as("open order %s has a venue id", o.clientOrderId()).isPresent();
                open.put(o.venueId().map(OrderId::value).orElseThrow(), o);
            }
        }
        return open;
    }

    private static Map<String, OrderView> venueOpen(E2eBench bench) {
        return bench.world.simulator().onVenue(v -> v.exchange().openOrders(OWNER)).stream()
                .collect(Collectors.toMap(OrderView::orderId, o -> o));
    }

    private static void assertAgree(E2eBench bench, JdbcOrderStore store, String when) {
        Map<String, Order> mine = storeOpen(store);
        Map<String, OrderView> venue = venueOpen(bench);
        assertThat(mine.keySet()).as("%s: open in the store and at the venue (orphans either way)", when)
                .containsExactlyInAnyOrderElementsOf(venue.keySet());
        venue.forEach((id, v) -> assertThat(mine.get(id).remaining().micros())
                .as("%s: remaining of %s", when, id).isEqualTo(v.remainingMicros()));

        Map<FillKey, Long> venueFills = new HashMap<>();
        for (TradeLedger.Entry e : bench.world.simulator().onVenue(v -> v.ledger().tradesOf(OWNER))) {
            Trade t = e.trade();
            for (MakerLeg leg : t.makerLegs()) {
                if (leg.makerOwner().equals(OWNER)) {
                    venueFills.merge(new FillKey(new TradeId(t.tradeId()), leg.makerOrderId()), leg.sizeMicros(),
                            Long::sum);
                }
            }
            if (t.takerOwner().equals(OWNER)) {
                venueFills.put(new FillKey(new TradeId(t.tradeId()), FillKey.TAKER_LEG), t.sizeMicros());
            }
        }
        Map<FillKey, Long> storeFills = store.fills().stream()
                .collect(Collectors.toMap(Fill::key, f -> f.size().micros(), Long::sum));
        assertThat(storeFills).as("%s: every trade of ours at the venue is a fill in the store, and no other", when)
                .containsExactlyInAnyOrderEntriesOf(venueFills);
    }
}
