package astra.polymarket.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.Market;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.polymarket.clob.ClobTrade;
import astra.polymarket.rest.VenueJson;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TradeFillsTest {
    private static final String US = "our-key";
    private final TradeFills fills = new TradeFills(US, VenueTestMarkets.DEV_KEY.address());
    private final Market market = VenueTestMarkets.PLAIN;

    @Test
    void realTakerRow_isOneTakerFillWithTheCurveFee() throws Exception {
        ClobTrade t = ClobTrade.from(VenueJson.read(Files.readString(Path.of(System.getProperty("astra.shared.dir"),
                "fixtures", "polymarket", "rest_clob", "nt_clob_data_trade_confirmed_real.json"))));
        Market m = VenueTestMarkets.market(t.market().value(),
                "21742633143463906290569050155826241533067272736897614950488156847949938836455", "2",
                false, ProtocolVersion.V2);

        List<Fill> out = fills.ours(t, m);

        assertThat(out).hasSize(1);
        Fill f = out.get(0);
        assertThat(f.key()).isEqualTo(FillKey.taker(new TradeId("0c357886-b9d3-44bb-9aa9-72d8abc90e6e")));
        assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
        assertThat(f.side()).isEqualTo(Side.BUY);
        assertThat(f.price()).isEqualTo(Price.parse("0.489"));
        assertThat(f.size()).isEqualTo(Shares.whole(5));
        assertThat(f.status()).isEqualTo(TradeStatus.CONFIRMED);
        // 5 × 0.03 × 0.489 × 0.511 = 0.15 × 0.249879 = 0.03748185, floored to 5 dp: 0.03748.
        assertThat(f.fee()).isEqualTo(Usd.parse("0.03748"));
    }

    @Test
    void takerAcrossAnOrdinaryLegAndAMint_paysTheFeeOfEachLegAtThePriceItGaveTheTaker() {
        ClobTrade t = trade(Liquidity.TAKER, Side.BUY, market.yesToken(), "15", "0.61",
                leg("0xa", "other", market.yesToken(), "5", "0.60", Side.SELL),
                leg("0xb", "other", market.noToken(), "10", "0.39", Side.BUY));

        Fill f = fills.ours(t, market).get(0);

        // Leg A on YES: 5 × 0.03 × 0.60 × 0.40 = 0.036 → 0.03600.
        // Leg B on NO at 0.39 gives the taker YES at 1 − 0.39 = 0.61: 10 × 0.03 × 0.61 × 0.39 = 0.07137.
        // Sum 0.10737.
        assertThat(f.fee()).isEqualTo(Usd.parse("0.10737"));
        assertThat(fills.ours(t, market)).hasSize(1);
    }

    @Test
    void ourMakerLegInAMint_isABuyOfTheOtherOutcomeAtItsOwnPriceWithoutFee() {
        ClobTrade t = trade(Liquidity.MAKER, Side.BUY, market.yesToken(), "10", "0.60",
                leg("0xours", US, market.noToken(), "10", "0.40", null));

        List<Fill> out = fills.ours(t, market);

        assertThat(out).hasSize(1);
        Fill f = out.get(0);
        assertThat(f.key()).isEqualTo(FillKey.maker(new TradeId("t1"), new OrderId("0xours")));
        assertThat(f.liquidity()).isEqualTo(Liquidity.MAKER);
        assertThat(f.token()).isEqualTo(market.noToken());
        assertThat(f.side()).isEqualTo(Side.BUY);
        assertThat(f.price()).isEqualTo(Price.parse("0.40"));
        assertThat(f.fee()).isEqualTo(Usd.ZERO);
    }

    @Test
    void makerRow_keepsOnlyLegsNamingOurKeyOrFunder() {
        String funder = VenueTestMarkets.DEV_KEY.address().checksummed();
        ClobTrade t = trade(Liquidity.MAKER, Side.SELL, market.yesToken(), "12", "0.55",
                leg("0xmine1", US, market.yesToken(), "4", "0.55", null),
                legAt("0xmine2", funder, market.yesToken(), "3", "0.55"),
                leg("0xtheirs", "someone", market.yesToken(), "5", "0.55", Side.BUY));

        List<Fill> out = fills.ours(t, market);

        assertThat(out).extracting(Fill::orderId).containsExactly(new OrderId("0xmine1"), new OrderId("0xmine2"));
        // A leg on the taker's token took the other side: the taker sold, so we bought.
        assertThat(out).allMatch(f -> f.side() == Side.BUY && f.liquidity() == Liquidity.MAKER);
    }

    private static ClobTrade trade(Liquidity us, Side side, TokenId token, String size, String price,
            ClobTrade.MakerLeg... legs) {
        return new ClobTrade(new TradeId("t1"), new OrderId("0xtaker"), new ConditionId("0x01"), token, side,
                Shares.parse(size), Price.parse(price), BigDecimal.ZERO, TradeStatus.MATCHED,
                Instant.ofEpochSecond(1_800_000_000L), Instant.ofEpochSecond(1_800_000_000L), "", us,
                Optional.empty(), List.of(legs));
    }

    private static ClobTrade.MakerLeg leg(String id, String owner, TokenId token, String size, String price, Side side) {
        return new ClobTrade.MakerLeg(new OrderId(id), Shares.parse(size), Price.parse(price), token, "",
                Optional.ofNullable(side), Optional.of(owner), Optional.empty());
    }

    private static ClobTrade.MakerLeg legAt(String id, String address, TokenId token, String size, String price) {
        return new ClobTrade.MakerLeg(new OrderId(id), Shares.parse(size), Price.parse(price), token, "",
                Optional.empty(), Optional.empty(), Optional.of(address));
    }
}
