package astra.store;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Order;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderStatus;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Opens stores on a fresh database per test and builds the orders and fills the tests record. */
abstract class StoreTestBase {
    static final Instant T0 = Instant.parse("2026-05-01T12:00:00.123456789Z");
    // Full-length ids as the venue writes them (bytes32 hex, uint256 decimal), so the columns fit them.
    static final ConditionId MARKET =
            new ConditionId("0x5eed000000000000000000000000000000000000000000000000000000000001");
    static final ConditionId OTHER_MARKET =
            new ConditionId("0x5eed000000000000000000000000000000000000000000000000000000000002");
    static final TokenId YES =
            new TokenId("71321045679252212594626385532706912750332728571942532289631379312455583992563");
    static final TokenId NO =
            new TokenId("52114319501245915516055106046884209969926127482827954674443846427813813222426");
    static final Clock CLOCK = Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC);

    @TempDir
    Path tempDir;

    private TestDatabase database;
    private final List<JdbcOrderStore> opened = new ArrayList<>();

    /** A store on this test's database; the same database each call, so a reopen sees what was written. */
    JdbcOrderStore open(TestDatabase.Kind kind) throws SQLException {
        if (database == null) {
            database = TestDatabase.create(kind, tempDir);
        }
        JdbcOrderStore store = JdbcOrderStore.open(database.config(), CLOCK);
        opened.add(store);
        return store;
    }

    @AfterEach
    void closeStoresAndDropDatabase() throws SQLException {
        opened.forEach(JdbcOrderStore::close);
        if (database != null) {
            database.close();
        }
    }

    static OrderIntent intent(String id, Side side, String price, String size) {
        return new OrderIntent(new ClientOrderId(id), MARKET, YES, side, Price.parse(price), Shares.parse(size),
                TickSize.HUNDREDTH, OrderType.GTC, true, Optional.empty(), "quote bid");
    }

    /** An order recorded, given a venue id and moved to LIVE, as after an accepted submit. */
    static Order live(JdbcOrderStore store, String id, Side side, String price, String size) {
        store.recordIntent(Order.recorded(intent(id, side, price, size), T0));
        store.assignVenueId(new ClientOrderId(id), venueId(id), T0.plusMillis(5));
        return store.transition(new ClientOrderId(id), OrderStatus.LIVE, T0.plusMillis(6), Optional.empty());
    }

    static OrderId venueId(String clientOrderId) {
        return new OrderId("0xhash-" + clientOrderId);
    }

    /** A taker fill of trade {@code tN}, which happens N seconds after T0. */
    static Fill fill(String trade, String clientOrderId, Side side, String price, String size, String fee) {
        return new Fill(FillKey.taker(new TradeId(trade)), venueId(clientOrderId), MARKET, YES, side,
                Price.parse(price), Shares.parse(size), Liquidity.TAKER, Usd.parse(fee), TradeStatus.MATCHED,
                T0.plusSeconds(Long.parseLong(trade.replaceAll("\\D", ""))));
    }
}
