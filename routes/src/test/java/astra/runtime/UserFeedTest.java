package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Fill;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.execution.InMemoryOrderStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserFeedTest {
    private static final Instant NOW = Instant.parse("2024-09-10T08:58:02Z");
    /** The captured trade's market, asset and taker order (ws_user/nt_user_trade2.json). */
    private static final ConditionId MARKET =
            new ConditionId("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917");
    private static final TokenId YES =
            new TokenId("21742633143463906290569050155826241533067272736897614950488156847949938836455");
    private static final OrderId TAKER =
            new OrderId("0x5b605a0e8e40f3402d3cb3bc19edad6733ed23fbc079d2a09ee399c3487ace81");

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final InMemoryOrderStore store = new InMemoryOrderStore(clock);
    private final Market market = new Market(MARKET, YES, new TokenId("1"), false, Optional.empty(),
            TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2,
            MarketClocks.closingAt(Instant.parse("2026-12-31T00:00:00Z")));
    private final AstraMetrics metrics = new AstraMetrics();
    private final UserFeed feed = new UserFeed(store, new MarketUniverse(List.of(market)), new FeedHealth(clock),
            metrics, new SessionStats());

    @Test
    void aTradeNamingNoOrderWeKnow_isCountedAndLeftToTheReconciler_andTheFramesOtherTradesAreStillRecorded()
            throws Exception {
        OrderIntent buy = new OrderIntent(new ClientOrderId("ours"), MARKET, YES, Side.BUY, Price.parse("0.52"),
                Shares.whole(5), TickSize.HUNDREDTH, OrderType.GTC, false, Optional.empty(), "t");
        store.recordIntent(Order.recorded(buy, NOW));
        store.assignVenueId(buy.clientOrderId(), TAKER, NOW);
        String ours = Files.readString(Path.of(System.getProperty("astra.shared.dir"), "fixtures", "polymarket",
                "ws_user", "nt_user_trade2.json"));
        String strangers = ours.replace("f50e8ab2-652d-4dc8-9c82-8e46197fe98d", "0b1e1d1a-0000-4000-8000-000000000001")
                .replace(TAKER.value(), "0x" + "1".repeat(64));

        List<Fill> recorded = feed.onFrame("[" + strangers + "," + ours + "]");

        assertThat(recorded).singleElement().satisfies(f -> assertThat(f.orderId()).isEqualTo(TAKER));
        assertThat(store.fills()).hasSize(1);
        assertThat(metrics.registry().counter("astra_user_trades_unattributed_total").count()).isEqualTo(1.0);
    }
}
