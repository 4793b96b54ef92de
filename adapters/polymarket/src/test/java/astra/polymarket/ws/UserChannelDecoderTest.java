package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per user channel fixture; expected values copied from the fixture's text. */
class UserChannelDecoderTest {
    private final UserChannelDecoder decoder = new UserChannelDecoder();

    private <T> T decodeOne(String fixture, Class<T> type) {
        List<WsMessage> messages = decoder.decode(Fixtures.read("ws_user/" + fixture));
        assertThat(messages).singleElement().isInstanceOf(type);
        return type.cast(messages.get(0));
    }

    @Test
    void realPlacement_isALiveBuyWithSecondsCreatedAt() {
        OrderMessage o = decodeOne("nt_order_placement_real.json", OrderMessage.class);

        assertThat(o.id()).isEqualTo(new OrderId("0x0f76f4dc6eaf3332f4100f2e8a0b4a927351dd64646b7bb12f37df775c657a78"));
        assertThat(o.type()).isEqualTo(OrderEventType.PLACEMENT);
        assertThat(o.status()).isEqualTo(VenueOrderStatus.LIVE);
        assertThat(o.statusReason()).isEmpty();
        assertThat(o.side()).isEqualTo(Side.BUY);
        assertThat(o.price()).isEqualTo(Price.parse("0.513"));
        assertThat(o.originalSize()).isEqualTo(Shares.whole(5));
        assertThat(o.sizeMatched()).contains(Shares.ZERO);
        assertThat(o.orderType()).contains(OrderType.GTC);
        assertThat(o.outcome()).contains("Yes");
        assertThat(o.makerAddress()).contains("0xa3D82Ed56F4c68d2328Fb8c29e568Ba2cAF7d7c8");
        assertThat(o.associateTrades()).isEmpty();
        assertThat(o.expiration()).isEmpty();
        // created_at "1725842520" is seconds; timestamp "1725842520990" is milliseconds
        assertThat(o.createdAt()).contains(Instant.ofEpochSecond(1725842520L));
        assertThat(o.timestamp()).isEqualTo(Instant.ofEpochMilli(1725842520990L));
        assertThat(o.asset().value()).isEqualTo(
                "21742633143463906290569050155826241533067272736897614950488156847949938836455");
    }

    @Test
    void realCancellation_isCanceledWithItsMatchedSize() {
        OrderMessage o = decodeOne("nt_order_cancellation_real.json", OrderMessage.class);

        assertThat(o.id().value()).isEqualTo("0xc6e99c14f1c7cae9e0538eb2d45a4d8b93ffd743e850edd1502a8c85700be5d3");
        assertThat(o.type()).isEqualTo(OrderEventType.CANCELLATION);
        assertThat(o.status()).isEqualTo(VenueOrderStatus.CANCELED);
        assertThat(o.side()).isEqualTo(Side.SELL);
        assertThat(o.sizeMatched()).contains(Shares.whole(5));
        assertThat(o.timestamp()).isEqualTo(Instant.ofEpochMilli(1725841743272L));
    }

    @Test
    void killedFok_splitsTheStatusSuffixAndKeepsABlankMatchedSizeUnknown() {
        OrderMessage o = decodeOne("nt_order_fok_killed_status_suffix.json", OrderMessage.class);

        assertThat(o.status()).isEqualTo(VenueOrderStatus.CANCELED);
        assertThat(o.statusReason())
                .contains("order couldn't be fully filled. FOK orders are fully filled or killed.");
        assertThat(o.orderType()).contains(OrderType.FOK);
        assertThat(o.sizeMatched()).isEmpty();
        assertThat(o.createdAt()).isEmpty();
        assertThat(o.outcome()).isEmpty();
        assertThat(o.originalSize()).isEqualTo(Shares.whole(12));
        assertThat(o.price()).isEqualTo(Price.parse("0.6"));
        assertThat(o.timestamp()).isEqualTo(Instant.ofEpochMilli(1777824065000L));
    }

    @Test
    void invalidVenueCancel_isAnInvalidStatusOnACancellation() {
        OrderMessage o = decodeOne("nt_order_invalid_venue_cancel.json", OrderMessage.class);

        assertThat(o.status()).isEqualTo(VenueOrderStatus.INVALID);
        assertThat(o.type()).isEqualTo(OrderEventType.CANCELLATION);
        assertThat(o.originalSize()).isEqualTo(Shares.whole(20));
        assertThat(o.createdAt()).contains(Instant.ofEpochMilli(1774377384000L));
    }

    @Test
    void matchedUpdate_listsItsTrades() {
        OrderMessage o = decodeOne("nt_order_update_matched_synthetic.json", OrderMessage.class);

        assertThat(o.type()).isEqualTo(OrderEventType.UPDATE);
        assertThat(o.status()).isEqualTo(VenueOrderStatus.MATCHED);
        assertThat(o.sizeMatched()).contains(Shares.whole(100));
        assertThat(o.associateTrades()).containsExactly(new TradeId("trade-0xfill1"));
        assertThat(o.expiration()).isEmpty();
    }

    @Test
    void orderWithoutEventType_isRecognisedByItsType() {
        // both synthetic fixtures above carry "type" but no "event_type"
        assertThat(decoder.decode("{\"type\":\"TRADE\"}")).singleElement().isInstanceOf(DecodeError.class)
                .extracting(m -> ((DecodeError) m).detail()).asString().contains("trade.id");
        assertThat(decoder.decode("{\"type\":\"SOMETHING\"}")).singleElement()
                .isEqualTo(new DecodeError(DecodeFailure.MISSING_EVENT_TYPE, "no event_type, and no type that implies one"));
    }

    @Test
    void statusParsing_knowsWholeStatusesAndSuffixedOnes() {
        assertThat(VenueOrderStatus.parse("CANCELED_MARKET_RESOLVED")).contains(
                new VenueOrderStatus.Parsed(VenueOrderStatus.CANCELED_MARKET_RESOLVED, Optional.empty()));
        assertThat(VenueOrderStatus.parse("UNMATCHED")).contains(
                new VenueOrderStatus.Parsed(VenueOrderStatus.UNMATCHED, Optional.empty()));
        assertThat(VenueOrderStatus.parse("CANCELED_MARKET_RESOLVED_late")).contains(
                new VenueOrderStatus.Parsed(VenueOrderStatus.CANCELED_MARKET_RESOLVED, Optional.of("late")));
        assertThat(VenueOrderStatus.parse("DELAYED_queue")).contains(
                new VenueOrderStatus.Parsed(VenueOrderStatus.DELAYED, Optional.of("queue")));
        assertThat(VenueOrderStatus.parse("LIVELY")).isEmpty();
        assertThat(VenueOrderStatus.parse("CANCELED_")).isEmpty();
    }

    @Test
    void realTakerTrade_keepsTakerFieldsAndTheMakerLeg() {
        TradeMessage t = decodeOne("nt_user_trade2.json", TradeMessage.class);

        assertThat(t.id()).isEqualTo(new TradeId("f50e8ab2-652d-4dc8-9c82-8e46197fe98d"));
        assertThat(t.status()).isEqualTo(TradeStatus.MATCHED);
        assertThat(t.traderSide()).isEqualTo(Liquidity.TAKER);
        assertThat(t.side()).isEqualTo(Side.BUY);
        assertThat(t.price()).isEqualTo(Price.parse("0.52"));
        assertThat(t.size()).isEqualTo(Shares.whole(5));
        assertThat(t.takerOrderId().value())
                .isEqualTo("0x5b605a0e8e40f3402d3cb3bc19edad6733ed23fbc079d2a09ee399c3487ace81");
        assertThat(t.feeRateBps()).contains(0);
        assertThat(t.matchTime()).contains(Instant.ofEpochSecond(1725958681L));
        assertThat(t.timestamp()).isEqualTo(Instant.ofEpochMilli(1725958682125L));
        assertThat(t.makerOrders()).singleElement().satisfies(leg -> {
            assertThat(leg.orderId().value())
                    .isEqualTo("0xa39ab90ec5515224a2a39c9ef967b51d10bda754902a318cac84135018b5885a");
            assertThat(leg.price()).isEqualTo(Price.parse("0.52"));
            assertThat(leg.matchedAmount()).isEqualTo(Shares.whole(5));
            assertThat(leg.side()).isEmpty();
            assertThat(leg.makerAddress()).contains("0x629BC4a1E53e1d475beB7ea3D388791e96Dd995A");
        });
    }

    @Test
    void makerTrade_keepsTheLegSideAndReadsASecondsTimestamp() {
        TradeMessage t = decodeOne("nt_user_trade3.json", TradeMessage.class);

        assertThat(t.status()).isEqualTo(TradeStatus.CONFIRMED);
        assertThat(t.traderSide()).isEqualTo(Liquidity.MAKER);
        assertThat(t.price()).isEqualTo(Price.parse("0.49"));
        assertThat(t.outcome()).contains("No");
        // "timestamp": "1762776436" is seconds in this message
        assertThat(t.timestamp()).isEqualTo(Instant.ofEpochSecond(1762776436L));
        assertThat(t.makerOrders()).singleElement().satisfies(leg -> {
            assertThat(leg.side()).contains(Side.BUY);
            assertThat(leg.price()).isEqualTo(Price.parse("0.513"));
            assertThat(leg.outcome()).contains("Yes");
        });
    }

    @Test
    void everyUserFixture_decodesToOneUserEvent() {
        var all = Fixtures.all("ws_user");

        assertThat(all).hasSize(7);
        all.forEach((name, text) ->
                assertThat(decoder.decode(text)).as(name).singleElement().isInstanceOf(UserEvent.class));
        assertThat(decoder.counters().events()).isEqualTo(7);
    }
}
