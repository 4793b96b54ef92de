package astra.polymarket.venue;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.NegRiskMarketId;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.signing.PrivateKey;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Hand-made markets, the development key and intents for the venue's unit tests. */
final class VenueTestMarkets {
    /** The public development key of the shared vectors (address 0xf39f…2266). */
    static final PrivateKey DEV_KEY =
            PrivateKey.fromHex("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    static final ApiCredentials CREDENTIALS =
            new ApiCredentials("api-key-1", "c2VjcmV0LWZvci10ZXN0cy1vbmx5", "phrase-1");
    static final Instant CLOSE = Instant.parse("2027-01-01T00:00:00Z");
    /** rate 0.03, exponent 1, taker only. */
    static final FeeSchedule FEES = new FeeSchedule.Curve(new BigDecimal("0.03"), 1, BigDecimal.ZERO, true);

    static final Market PLAIN = market("0x01", "11", "12", false, ProtocolVersion.V2);
    static final Market NEG_RISK = market("0x02", "21", "22", true, ProtocolVersion.V2);
    static final Market NEWER = market("0x03", "31", "32", false, ProtocolVersion.V3);

    private VenueTestMarkets() {}

    static Market market(String id, String yes, String no, boolean negRisk, ProtocolVersion protocol) {
        return new Market(new ConditionId(id), new TokenId(yes), new TokenId(no), negRisk,
                negRisk ? Optional.of(new NegRiskMarketId("0xnr")) : Optional.empty(), TickSize.HUNDREDTH,
                Shares.whole(5), FEES, protocol, MarketClocks.closingAt(CLOSE));
    }

    static MarketDirectory directory() {
        return id -> List.of(PLAIN, NEG_RISK, NEWER).stream().filter(m -> m.conditionId().equals(id)).findFirst();
    }

    static VenueConnection connection() {
        return VenueConnection.eoa(URI.create("http://127.0.0.1:1"), CREDENTIALS, DEV_KEY, directory());
    }

    static OrderIntent buy(Market m, String price, long shares) {
        return new OrderIntent(new ClientOrderId("c-" + price + "-" + shares), m.conditionId(), m.yesToken(),
                Side.BUY, Price.parse(price), Shares.whole(shares), m.tickSize(), OrderType.GTC, true,
                Optional.empty(), "test");
    }
}
