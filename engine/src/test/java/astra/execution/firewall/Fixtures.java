package astra.execution.firewall;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.OrderId;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** One market and intents on it, for the firewall tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-06-01T12:00:00Z");
    static final ConditionId MARKET_ID = new ConditionId("0xmarket");
    static final TokenId YES = new TokenId("111");
    static final TokenId NO = new TokenId("222");
    /** V2 taker-only fee: rate 0.03, exponent 1. */
    static final FeeSchedule FEES = new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true);
    static final Market MARKET = new Market(MARKET_ID, YES, NO, false, Optional.empty(), TickSize.HUNDREDTH,
            Shares.whole(5), FEES, ProtocolVersion.V2, MarketClocks.closingAt(T0.plusSeconds(30 * 24 * 3600)));

    private Fixtures() {}

    static OrderIntent gtc(String id, Side side, String price, long size) {
        return new OrderIntent(new ClientOrderId(id), MARKET_ID, YES, side, Price.parse(price), Shares.whole(size),
                TickSize.HUNDREDTH, OrderType.GTC, false, Optional.empty(), "test");
    }

    static OrderIntent postOnly(String id, Side side, String price, long size) {
        return new OrderIntent(new ClientOrderId(id), MARKET_ID, YES, side, Price.parse(price), Shares.whole(size),
                TickSize.HUNDREDTH, OrderType.GTC, true, Optional.empty(), "test");
    }

    static OrderIntent gtd(String id, Instant expiration) {
        return new OrderIntent(new ClientOrderId(id), MARKET_ID, YES, Side.BUY, Price.parse("0.40"), Shares.whole(10),
                TickSize.HUNDREDTH, OrderType.GTD, true, Optional.of(expiration), "test");
    }

    static OrderRequest request(OrderIntent intent) {
        return new OrderRequest(intent, MARKET, OrderPermissions.ALL);
    }

    static Fill fill(String trade, OrderId order, Side side, String price, long size, Instant at) {
        return new Fill(FillKey.maker(new TradeId(trade), order), order, MARKET_ID, YES, side, Price.parse(price),
                Shares.whole(size), Liquidity.MAKER, Usd.ZERO, TradeStatus.MATCHED, at);
    }
}
