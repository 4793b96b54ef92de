package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FillAttributionTest {
    private static final String YES =
            "21742633143463906290569050155826241533067272736897614950488156847949938836455";
    private static final String OUR_ADDRESS = "0xa3D82Ed56F4c68d2328Fb8c29e568Ba2cAF7d7c8";
    private static final Usd TAKER_FEE = Usd.parse("0.0125");

    private final FillAttribution attribution = new FillAttribution(trade -> TAKER_FEE);

    private static TradeMessage trade(String fixture) {
        return (TradeMessage) new UserChannelDecoder().decode(Fixtures.read("ws_user/" + fixture)).get(0);
    }

    @Test
    void takerTrade_byOurTakerOrderId_isOneTakerFillOnTheTakersTokenAndSide() {
        TradeMessage t = trade("nt_user_trade2.json");
        OrderId ourTaker = new OrderId("0x5b605a0e8e40f3402d3cb3bc19edad6733ed23fbc079d2a09ee399c3487ace81");

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofOrders(Set.of(ourTaker)));

        assertThat(fills).containsExactly(new Fill(
                FillKey.taker(new TradeId("f50e8ab2-652d-4dc8-9c82-8e46197fe98d")), ourTaker, t.market(),
                new TokenId(YES), Side.BUY, Price.parse("0.52"), Shares.whole(5), Liquidity.TAKER,
                TAKER_FEE, TradeStatus.MATCHED, Instant.ofEpochSecond(1725958681L)));
    }

    @Test
    void takerTrade_byOurAddressInAnyCase_isTheSameTakerFill() {
        TradeMessage t = trade("nt_user_trade2.json");

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofAddress(OUR_ADDRESS.toLowerCase()));

        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
            assertThat(f.key()).isEqualTo(FillKey.taker(t.id()));
        });
    }

    @Test
    void takerTrade_isNotAttributedToUsThroughTheOtherMakersLeg() {
        TradeMessage t = trade("nt_user_trade2.json");

        assertThat(attribution.ourFills(t, OurOrders.ofOrders(Set.of(new OrderId("0xnotours"))))).isEmpty();
    }

    @Test
    void makerTrade_isAMakerFillOnOurLegsOwnTokenSidePriceWithNoFee() {
        TradeMessage t = trade("nt_user_trade3.json");
        OrderId ourLeg = new OrderId("0x3ad09f225ebe141dfbdb3824f31cb457e8e0301ca4e0a06311e543f5328b9dea");

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofAddress(OUR_ADDRESS));

        // the taker bought "No" at 0.49; our resting order bought Yes at 0.513 (a mint): our fill
        // is BUY Yes 5 @ 0.513, not the taker's price or outcome
        assertThat(fills).containsExactly(new Fill(
                FillKey.maker(new TradeId("83b5c849-620e-4c23-b63b-2e779c04a6e7"), ourLeg), ourLeg, t.market(),
                new TokenId(YES), Side.BUY, Price.parse("0.513"), Shares.whole(5), Liquidity.MAKER,
                Usd.ZERO, TradeStatus.CONFIRMED, Instant.ofEpochSecond(1762776367L)));
    }

    @Test
    void makerLegWithoutSideOnTheTakersToken_tookTheOtherSide() {
        TradeMessage t = trade("nt_user_trade2.json");
        OrderId theirLeg = new OrderId("0xa39ab90ec5515224a2a39c9ef967b51d10bda754902a318cac84135018b5885a");

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofOrders(Set.of(theirLeg)));

        // taker BUY of the same token at 0.52: the resting leg SOLD it
        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.side()).isEqualTo(Side.SELL);
            assertThat(f.liquidity()).isEqualTo(Liquidity.MAKER);
            assertThat(f.fee()).isEqualTo(Usd.ZERO);
            assertThat(f.key()).isEqualTo(FillKey.maker(t.id(), theirLeg));
        });
    }

    @Test
    void makerLegWithoutSideOnTheOtherOutcome_isAMintAndTookTheSameSide() {
        String frame = """
                {"event_type":"trade","id":"t-mint","market":"0xm","asset_id":"111","side":"BUY","price":"0.6",
                 "size":"10","status":"MINED","trader_side":"MAKER","taker_order_id":"0xtaker","timestamp":"1700000000000",
                 "maker_orders":[
                   {"order_id":"0xours","asset_id":"222","price":"0.4","matched_amount":"10","maker_address":"0xME"},
                   {"order_id":"0xother","asset_id":"111","price":"0.6","matched_amount":"3","maker_address":"0xYOU"}]}
                """;
        TradeMessage t = (TradeMessage) new UserChannelDecoder().decode(frame).get(0);

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofAddress("0xme"));

        // taker BUYs token 111 at 0.6; our leg is on token 222 at 0.4 = 1 - 0.6: we BUY 222
        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.token()).isEqualTo(new TokenId("222"));
            assertThat(f.side()).isEqualTo(Side.BUY);
            assertThat(f.price()).isEqualTo(Price.parse("0.4"));
            assertThat(f.size()).isEqualTo(Shares.whole(10));
            assertThat(f.status()).isEqualTo(TradeStatus.MINED);
            assertThat(f.time()).isEqualTo(Instant.ofEpochMilli(1700000000000L));
        });
    }

    @Test
    void selfCross_givesBothOurTakerAndOurMakerFill() {
        TradeMessage t = trade("nt_user_trade2.json");
        OrderId taker = t.takerOrderId();
        OrderId maker = t.makerOrders().get(0).orderId();

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofOrders(Set.of(taker, maker)));

        assertThat(fills).extracting(Fill::liquidity).containsExactly(Liquidity.TAKER, Liquidity.MAKER);
        assertThat(fills).extracting(Fill::side).containsExactly(Side.BUY, Side.SELL);
    }

    @Test
    void makerMessageCarryingOurAddressAtTheTop_isOnlyOurMakerFill_neverTheCounterpartysTakerOrder() {
        // A venue that wrote the recipient's address at the top (ours, on a maker's message): the
        // taker order is still someone else's; only our leg is ours.
        String frame = """
                {"event_type":"trade","id":"t-top","market":"0xm","asset_id":"222","side":"BUY","price":"0.45",
                 "size":"5","status":"MATCHED","trader_side":"MAKER","taker_order_id":"0xtheirs",
                 "maker_address":"0xME","timestamp":"1700000000000",
                 "maker_orders":[
                   {"order_id":"0xours","asset_id":"111","price":"0.55","matched_amount":"5","maker_address":"0xme","side":"BUY"}]}
                """;
        TradeMessage t = (TradeMessage) new UserChannelDecoder().decode(frame).get(0);

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofAddress("0xme"));

        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.liquidity()).isEqualTo(Liquidity.MAKER);
            assertThat(f.orderId()).isEqualTo(new OrderId("0xours"));
            assertThat(f.token()).isEqualTo(new TokenId("111"));
        });
    }

    @Test
    void makerMessage_whoseTakerOrderIdWeKnow_stillGivesOurTakerFill() {
        TradeMessage t = trade("nt_user_trade3.json");

        List<Fill> fills = attribution.ourFills(t, OurOrders.ofOrders(Set.of(t.takerOrderId())));

        assertThat(fills).singleElement().satisfies(f -> {
            assertThat(f.liquidity()).isEqualTo(Liquidity.TAKER);
            assertThat(f.fee()).isEqualTo(TAKER_FEE);
        });
    }
}
