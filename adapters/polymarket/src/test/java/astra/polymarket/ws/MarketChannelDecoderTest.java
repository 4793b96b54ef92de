package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per market channel fixture; expected values copied from the fixture's text. */
class MarketChannelDecoderTest {
    private final MarketChannelDecoder decoder = new MarketChannelDecoder();

    private <T> T decodeOne(String fixture, Class<T> type) {
        List<WsMessage> messages = decoder.decode(Fixtures.read("ws_market/" + fixture));
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).isInstanceOf(type);
        return type.cast(messages.get(0));
    }

    @Test
    void realBookSnapshot_keepsEveryLevelExactlyInVenueOrder() {
        BookSnapshot book = decodeOne("nt_book_snapshot_real.json", BookSnapshot.class);

        assertThat(book.market()).isEqualTo(
                new ConditionId("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917"));
        assertThat(book.asset()).isEqualTo(new TokenId(
                "48331043336612883890938759509493159234755048973500640148014422747788308965732"));
        assertThat(book.hash()).contains("655a38d4977427b086c25b985993691b753ed166");
        assertThat(book.timestamp()).isEqualTo(Instant.ofEpochMilli(1728799418260L));
        assertThat(book.bids().count()).isEqualTo(76);
        assertThat(book.asks().count()).isEqualTo(86);
        // first bid {"price": "0.001", "size": "9000023.58"}, last bid {"0.511", "1304.72"}
        assertThat(book.bids().priceMicros(0)).isEqualTo(1_000L);
        assertThat(book.bids().sizeMicros(0)).isEqualTo(9_000_023_580_000L);
        assertThat(book.bids().priceMicros(75)).isEqualTo(511_000L);
        assertThat(book.bids().sizeMicros(75)).isEqualTo(1_304_720_000L);
        // first ask {"0.999", "10500100"}, last ask {"0.514", "20230.87"}
        assertThat(book.asks().priceMicros(0)).isEqualTo(999_000L);
        assertThat(book.asks().sizeMicros(0)).isEqualTo(10_500_100_000_000L);
        assertThat(book.asks().priceMicros(85)).isEqualTo(514_000L);
        assertThat(book.asks().sizeMicros(85)).isEqualTo(20_230_870_000L);
    }

    @Test
    void priceChange2024FlatSchema_isOneChangeFromTheTopLevelFields() {
        PriceChange change = decodeOne("nt_price_change_schema2024_single_real.json", PriceChange.class);

        assertThat(change.schema()).isEqualTo(PriceChangeSchema.FLAT_2024);
        assertThat(change.market().value())
                .isEqualTo("0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917");
        assertThat(change.hash()).contains("bf32b3746fff40c76c98021b7f3f07261169dd26");
        assertThat(change.timestamp()).isEqualTo(Instant.ofEpochMilli(1723967931411L));
        assertThat(change.changes()).containsExactly(new LevelChange(
                new TokenId("48331043336612883890938759509493159234755048973500640148014422747788308965732"),
                Side.SELL, Price.parse("0.514"), Shares.parse("21574.08"),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void priceChangeLegacyChangesSchema_takesTheTokenFromTheTopLevel() {
        PriceChange change = decodeOne("docs_price_change_legacy_changes_schema_pre_2025-09-15.json",
                PriceChange.class);

        assertThat(change.schema()).isEqualTo(PriceChangeSchema.CHANGES_LEGACY);
        assertThat(change.market().value())
                .isEqualTo("0x5f65177b394277fd294cd75650044e32ba009a95022d88a0c1d565897d72f8f1");
        assertThat(change.hash()).contains("3cd4d61e042c81560c9037ece0c61f3b1a8fbbdd");
        assertThat(change.timestamp()).isEqualTo(Instant.ofEpochMilli(1729084877448L));
        assertThat(change.changes()).containsExactly(new LevelChange(
                new TokenId("71321045679252212594626385532706912750332728571942532289631379312455583992563"),
                Side.SELL, Price.parse("0.4"), Shares.parse("3300"),
                Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void priceChangeCurrentSchemaFromDocs_carriesHashAndTouchPerChange() {
        PriceChange change = decodeOne("docs_price_change_new_schema_since_2025-09-15.json", PriceChange.class);

        assertThat(change.schema()).isEqualTo(PriceChangeSchema.PRICE_CHANGES);
        assertThat(change.hash()).isEmpty();
        assertThat(change.timestamp()).isEqualTo(Instant.ofEpochMilli(1757908892351L));
        assertThat(change.changes()).containsExactly(new LevelChange(
                new TokenId("71321045679252212594626385532706912750332728571942532289631379312455583992563"),
                Side.BUY, Price.parse("0.5"), Shares.parse("200"),
                Optional.of("56621a121a47ed9333273e21c83b660cff37ae50"),
                Optional.of(Price.parse("0.5")), Optional.of(Price.ONE)));
    }

    @Test
    void priceChangeCurrentSchemaWithThreeEntries_keepsThemInOrder() {
        PriceChange change = decodeOne("nt_price_change_schema2025_price_changes.json", PriceChange.class);

        assertThat(change.schema()).isEqualTo(PriceChangeSchema.PRICE_CHANGES);
        assertThat(change.changes()).hasSize(3);
        assertThat(change.changes()).extracting(c -> c.price().toString()).containsExactly("0.6", "0.5", "0.7");
        assertThat(change.changes()).extracting(c -> c.size().toString()).containsExactly("3300", "3400", "3400");
        assertThat(change.changes()).extracting(c -> c.hash().orElseThrow()).containsExactly(
                "bf32b3746fff40c76c98021b7f3f07261169dd26", "af32b3746fff40c76c98021b7f3f07261169dd27",
                "cf32b3746fff40c76c98021b7f3f07261169dd28");
        assertThat(change.changes()).allSatisfy(c -> {
            assertThat(c.asset().value()).isEqualTo(
                    "52114319501245915516055106046884209969926127482827954674443846427813813222426");
            assertThat(c.side()).isEqualTo(Side.BUY);
            assertThat(c.bestBid()).contains(Price.parse("0.6"));
            assertThat(c.bestAsk()).contains(Price.parse("0.7"));
        });
    }

    @Test
    void priceChangeSynthetic_parsesSizeWithTrailingZeroExactly() {
        PriceChange change = decodeOne("nt_price_change_synthetic.json", PriceChange.class);

        LevelChange only = change.changes().get(0);
        assertThat(change.changes()).hasSize(1);
        assertThat(only.size().micros()).isEqualTo(150_000_000L);
        assertThat(only.price()).isEqualTo(Price.parse("0.51"));
        assertThat(only.hash()).contains("0xhash001");
        assertThat(only.bestAsk()).contains(Price.parse("0.52"));
        assertThat(change.timestamp()).isEqualTo(Instant.ofEpochMilli(1703875201000L));
    }

    @Test
    void tickSizeChange_namesOldAndNewTick() {
        TickSizeChange tick = decodeOne("nt_tick_size_change_real.json", TickSizeChange.class);

        assertThat(tick.asset().value()).isEqualTo(
                "115474063863764126958837769719736461272619491980773624567012766320777398670353");
        assertThat(tick.market().value())
                .isEqualTo("0xbacdf04bf7f22a670dc4fb408878ec56b76f9934599829455b9371693ba84b8b");
        assertThat(tick.oldTickSize()).isEqualTo(TickSize.HUNDREDTH);
        assertThat(tick.newTickSize()).isEqualTo(TickSize.THOUSANDTH);
        assertThat(tick.timestamp()).isEqualTo(Instant.ofEpochMilli(1739068041853L));
    }

    @Test
    void lastTradePrice_keepsPriceSizeSideAndFeeRate() {
        LastTradePrice trade = decodeOne("nt_last_trade_price_real.json", LastTradePrice.class);

        assertThat(trade.asset().value()).isEqualTo(
                "21742633143463906290569050155826241533067272736897614950488156847949938836455");
        assertThat(trade.price()).isEqualTo(Price.parse("0.491"));
        assertThat(trade.size().micros()).isEqualTo(85_360_000L);
        assertThat(trade.side()).isEqualTo(Side.SELL);
        assertThat(trade.feeRateBps()).contains(0);
        assertThat(trade.timestamp()).isEqualTo(Instant.ofEpochMilli(1724564136087L));
    }

    @Test
    void bestBidAsk_keepsTheVenueTouch() {
        BestBidAsk touch = decodeOne("nt_best_bid_ask.json", BestBidAsk.class);

        assertThat(touch.asset().value()).isEqualTo(
                "85354956062430465315924116860125388538595433819574542752031640332592237464430");
        assertThat(touch.bestBid()).contains(Price.parse("0.73"));
        assertThat(touch.bestAsk()).contains(Price.parse("0.77"));
        assertThat(touch.spread()).contains(Price.parse("0.04"));
        assertThat(touch.timestamp()).isEqualTo(Instant.ofEpochMilli(1766789469958L));
    }

    @Test
    void newMarket_listsItsTokensOutcomesAndTick() {
        NewMarket market = decodeOne("nt_new_market.json", NewMarket.class);

        assertThat(market.market().value())
                .isEqualTo("0x311d0c4b6671ab54af4970c06fcf58662516f5168997bdda209ec3db5aa6b0c1");
        assertThat(market.id()).contains("1031769");
        assertThat(market.question()).contains("Will NVIDIA (NVDA) close above $240 end of January?");
        assertThat(market.slug()).contains("nvda-above-240-on-january-30-2026");
        assertThat(market.assets()).extracting(TokenId::value).containsExactly(
                "76043073756653678226373981964075571318267289248134717369284518995922789326425",
                "31690934263385727664202099278545688007799199447969475608906331829650099442770");
        assertThat(market.outcomes()).containsExactly("Yes", "No");
        assertThat(market.tickSize()).contains(TickSize.HUNDREDTH);
        assertThat(market.active()).contains(true);
        assertThat(market.timestamp()).isEqualTo(Instant.ofEpochMilli(1766790415550L));
    }

    @Test
    void marketResolved_namesTheWinningToken() {
        MarketResolved resolved = decodeOne("nt_market_resolved.json", MarketResolved.class);

        assertThat(resolved.winningAsset().value()).isEqualTo(
                "76043073756653678226373981964075571318267289248134717369284518995922789326425");
        assertThat(resolved.winningOutcome()).contains("Yes");
        assertThat(resolved.assets()).hasSize(2).contains(resolved.winningAsset());
        assertThat(resolved.id()).contains("1031769");
        assertThat(resolved.timestamp()).isEqualTo(Instant.ofEpochMilli(1766790415550L));
    }

    @Test
    void frameThatIsAnArrayOfFixtures_decodesEachInOrder() {
        String frame = "[" + Fixtures.read("ws_market/nt_tick_size_change_real.json") + ","
                + Fixtures.read("ws_market/nt_price_change_schema2024_single_real.json") + ","
                + Fixtures.read("ws_market/nt_best_bid_ask.json") + "]";

        List<WsMessage> messages = decoder.decode(frame);

        assertThat(messages).hasExactlyElementsOfTypes(TickSizeChange.class, PriceChange.class, BestBidAsk.class);
        assertThat(decoder.counters().events()).isEqualTo(3);
        assertThat(decoder.counters().totalFailures()).isZero();
    }

    @Test
    void everyMarketFixture_decodesWithoutError() {
        var all = Fixtures.all("ws_market");

        assertThat(all).hasSize(11);
        all.forEach((name, text) ->
                assertThat(decoder.decode(text)).as(name).singleElement().isInstanceOf(MarketEvent.class));
    }
}
