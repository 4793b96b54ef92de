package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MalformedInputTest {
    private final MarketChannelDecoder decoder = new MarketChannelDecoder();

    private DecodeError onlyError(String frame) {
        List<WsMessage> out = decoder.decode(frame);
        assertThat(out).singleElement().isInstanceOf(DecodeError.class);
        return (DecodeError) out.get(0);
    }

    @Test
    void plainTextFrames_areControlFramesWithTheirText() {
        assertThat(decoder.decode("PONG")).containsExactly(new ControlFrame("PONG"));
        assertThat(decoder.decode(" INVALID OPERATION\n")).containsExactly(new ControlFrame("INVALID OPERATION"));
        assertThat(decoder.decode("")).containsExactly(new ControlFrame(""));
        assertThat(((ControlFrame) decoder.decode("PONG").get(0)).isPong()).isTrue();
        assertThat(decoder.counters().controlFrames()).isEqualTo(4);
        assertThat(decoder.counters().totalFailures()).isZero();
    }

    @Test
    void truncatedJson_isAMalformedJsonError() {
        DecodeError e = onlyError("{\"event_type\":\"book\",\"bids\":[{\"price\":\"0.5\"");

        assertThat(e.reason()).isEqualTo(DecodeFailure.MALFORMED_JSON);
        assertThat(decoder.counters().failures(DecodeFailure.MALFORMED_JSON)).isEqualTo(1);
    }

    @Test
    void trailingGarbage_isAMalformedJsonErrorAfterTheMessage() {
        List<WsMessage> out = decoder.decode(Fixtures.read("ws_market/nt_best_bid_ask.json") + " }");

        assertThat(out).hasExactlyElementsOfTypes(BestBidAsk.class, DecodeError.class);
    }

    @Test
    void missingEventType_isItsOwnReason() {
        assertThat(onlyError("{\"market\":\"0x1\"}").reason()).isEqualTo(DecodeFailure.MISSING_EVENT_TYPE);
    }

    @Test
    void bookWithoutAsset_isAMissingFieldErrorNamingTheField() {
        DecodeError e = onlyError("""
                {"event_type":"book","market":"0x1","timestamp":"1","bids":[],"asks":[]}""");

        assertThat(e.reason()).isEqualTo(DecodeFailure.MISSING_FIELD);
        assertThat(e.detail()).contains("book.asset_id");
        assertThat(decoder.counters().failures(DecodeFailure.MISSING_FIELD)).isEqualTo(1);
    }

    @Test
    void bookWithoutAsks_isRefusedRatherThanHalfBuilt() {
        DecodeError e = onlyError("""
                {"event_type":"book","market":"0x1","asset_id":"7","timestamp":"1","bids":[{"price":"0.5","size":"1"}]}""");

        assertThat(e.detail()).contains("book.asks");
    }

    @Test
    void levelWithoutSize_isAMissingFieldError() {
        DecodeError e = onlyError("""
                {"event_type":"book","market":"0x1","asset_id":"7","timestamp":"1",
                 "bids":[{"price":"0.5"}],"asks":[]}""");

        assertThat(e.reason()).isEqualTo(DecodeFailure.MISSING_FIELD);
        assertThat(e.detail()).contains("bids[0].size");
    }

    @Test
    void priceAboveOne_isAnInvalidValue() {
        DecodeError e = onlyError("""
                {"event_type":"price_change","market":"0x1","timestamp":"1",
                 "price_changes":[{"asset_id":"7","price":"1.5","size":"1","side":"BUY"}]}""");

        assertThat(e.reason()).isEqualTo(DecodeFailure.INVALID_VALUE);
        assertThat(e.detail()).contains("price_changes[0]");
    }

    @Test
    void priceThatIsNotADecimal_orHasTooManyDecimals_isAnInvalidValue() {
        assertThat(onlyError("""
                {"event_type":"last_trade_price","market":"0x1","asset_id":"7","timestamp":"1",
                 "price":"abc","size":"1","side":"BUY"}""").reason()).isEqualTo(DecodeFailure.INVALID_VALUE);
        assertThat(onlyError("""
                {"event_type":"book","market":"0x1","asset_id":"7","timestamp":"1",
                 "bids":[{"price":"0.1234567","size":"1"}],"asks":[]}""").reason())
                .isEqualTo(DecodeFailure.INVALID_VALUE);
    }

    @Test
    void unknownSideAndUnknownTick_areInvalidValues() {
        assertThat(onlyError("""
                {"event_type":"price_change","market":"0x1","timestamp":"1","asset_id":"7",
                 "price":"0.5","size":"1","side":"HOLD"}""").detail()).contains("side");
        assertThat(onlyError("""
                {"event_type":"tick_size_change","market":"0x1","timestamp":"1","asset_id":"7",
                 "old_tick_size":"0.01","new_tick_size":"0.02"}""").detail()).contains("new_tick_size");
    }

    @Test
    void badElementInAnArrayFrame_isAnErrorAndTheOthersStillDecode() {
        String bad = "{\"event_type\":\"price_change\",\"market\":\"0x1\",\"timestamp\":\"1\","
                + "\"price_changes\":[{\"asset_id\":\"7\",\"price\":\"x\",\"size\":\"1\",\"side\":\"BUY\"}],"
                + "\"extra\":{\"nested\":[1,2,{\"a\":3}]}}";
        String frame = "[" + bad + ",42," + Fixtures.read("ws_market/nt_best_bid_ask.json") + "]";

        List<WsMessage> out = decoder.decode(frame);

        assertThat(out).hasExactlyElementsOfTypes(DecodeError.class, DecodeError.class, BestBidAsk.class);
        assertThat(((DecodeError) out.get(0)).reason()).isEqualTo(DecodeFailure.INVALID_VALUE);
        assertThat(((DecodeError) out.get(1)).reason()).isEqualTo(DecodeFailure.NOT_AN_OBJECT);
        assertThat(decoder.counters().events()).isEqualTo(1);
        assertThat(decoder.counters().totalFailures()).isEqualTo(2);
    }

    @Test
    void unknownEventType_isCountedAndSkipped() {
        assertThat(decoder.decode("{\"event_type\":\"something_new\",\"x\":[1]}"))
                .containsExactly(new UnknownEvent("something_new"));
        assertThat(decoder.counters().unknownEvents()).isEqualTo(1);
    }

    @Test
    void emptyArrayFrame_decodesToNothing() {
        assertThat(decoder.decode("[]")).isEmpty();
        assertThat(decoder.decode(" [ ] ")).isEmpty();
    }

    @Test
    void nullFrame_isAnErrorNotAnException() {
        assertThat(decoder.decode((String) null)).singleElement().isInstanceOf(DecodeError.class);
    }

    @Test
    void userChannelMalformedInput_isAlsoTyped() {
        UserChannelDecoder user = new UserChannelDecoder();

        assertThat(user.decode("PONG")).containsExactly(new ControlFrame("PONG"));
        List<WsMessage> out = user.decode("""
                {"event_type":"trade","id":"t1","market":"0x1","asset_id":"7","side":"BUY","price":"0.5",
                 "size":"5","status":"MATCHED","trader_side":"TAKER","timestamp":"1"}""");
        assertThat(out).singleElement().isInstanceOf(DecodeError.class);
        assertThat(((DecodeError) out.get(0)).detail()).contains("taker_order_id");
        assertThat(user.decode("{\"event_type\":\"order\",\"status\":\"PENDING\"}"))
                .singleElement().isInstanceOf(DecodeError.class);
        assertThat(user.counters().totalFailures()).isEqualTo(2);
    }
}
