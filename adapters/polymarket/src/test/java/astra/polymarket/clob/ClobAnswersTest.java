package astra.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.BookLevel;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TradeStatus;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The answer parsers against the shared captures of the venue's REST answers. */
class ClobAnswersTest {

    @Test
    void postOrderOk_fixture_isASuccessWithItsOrderIdAndNothingMatched() {
        PostOrderResult r = PostOrderResult.from(RestFixtures.json("nt_post_order_ok_synthetic.json"));

        assertThat(r.success()).isTrue();
        assertThat(r.orderId()).contains(
                new OrderId("0x1234567890abcdef1234567890abcdef1234567890abcdef1234567890abcdef12"));
        assertThat(r.errorMsg()).isEmpty();
        assertThat(r.status()).isEmpty();
        assertThat(r.makingAmount()).isZero();
        assertThat(r.takingAmount()).isZero();
    }

    @Test
    void postOrderFailed_fixture_isARefusalWithTheVenueMessage() {
        PostOrderResult r = PostOrderResult.from(RestFixtures.json("nt_post_order_failed_synthetic.json"));

        assertThat(r.success()).isFalse();
        assertThat(r.orderId()).isEmpty();
        assertThat(r.errorMsg()).contains("Insufficient balance");
    }

    @Test
    void postOrderWithStatusAndAmounts_keepsThemExactly() {
        PostOrderResult r = PostOrderResult.from(RestFixtures.parse("{\"success\":true,\"errorMsg\":\"\","
                + "\"orderID\":\"0xabc\",\"status\":\"matched\",\"makingAmount\":\"49.999995\","
                + "\"takingAmount\":\"100.1\"}"));

        assertThat(r.status()).contains(VenueOrderStatus.MATCHED);
        assertThat(r.errorMsg()).as("an empty errorMsg is no message").isEmpty();
        assertThat(r.makingAmount()).isEqualByComparingTo(new BigDecimal("49.999995"));
        assertThat(r.takingAmount()).isEqualByComparingTo(new BigDecimal("100.1"));
    }

    @Test
    void postOrderAnswerInTheErrorShape_isARefusal() {
        PostOrderResult r = PostOrderResult.from(RestFixtures.parse("{\"error\":\"order_version_mismatch\"}"));

        assertThat(r.success()).isFalse();
        assertThat(r.errorMsg()).contains("order_version_mismatch");
    }

    @Test
    void everyVenueSpellingOfAnOrderStatus_isRead() {
        assertThat(VenueOrderStatus.parse("live")).isEqualTo(VenueOrderStatus.LIVE);
        assertThat(VenueOrderStatus.parse("delayed")).isEqualTo(VenueOrderStatus.DELAYED);
        assertThat(VenueOrderStatus.parse("unmatched")).isEqualTo(VenueOrderStatus.UNMATCHED);
        assertThat(VenueOrderStatus.parse("CANCELED_MARKET_RESOLVED"))
                .isEqualTo(VenueOrderStatus.CANCELED_MARKET_RESOLVED);
        assertThat(VenueOrderStatus.parse("CANCELED_FOK_ORDER_NOT_FILLED")).isEqualTo(VenueOrderStatus.CANCELED);
        assertThatThrownBy(() -> VenueOrderStatus.parse("PENDING_SOMETHING"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PENDING_SOMETHING");
    }

    @Test
    void cancelOrdersResponse_fixture_splitsCanceledFromNotCanceledWithReasons() {
        CancelResult r = CancelResult.from(RestFixtures.json("nt_cancel_orders_response_synthetic.json"));

        assertThat(r.canceled()).containsExactly(
                new OrderId("0x1111111111111111111111111111111111111111111111111111111111111111"),
                new OrderId("0x2222222222222222222222222222222222222222222222222222222222222222"));
        assertThat(r.notCanceled()).containsOnly(java.util.Map.entry(
                new OrderId("0x3333333333333333333333333333333333333333333333333333333333333333"),
                "already canceled or matched"));
    }

    @Test
    void openOrdersPage_fixture_parsesExactPricesAndSizesAndIsTheLastPage() {
        CursorPage<OpenOrder> page = CursorPage.from(RestFixtures.json("nt_open_orders_page_synthetic.json"),
                OpenOrder::from);

        assertThat(page.isLast()).isTrue();
        assertThat(page.data()).hasSize(2);
        OpenOrder buy = page.data().get(0);
        assertThat(buy.id()).isEqualTo(
                new OrderId("0xaaaa000000000000000000000000000000000000000000000000000000000001"));
        assertThat(buy.status()).isEqualTo(VenueOrderStatus.LIVE);
        assertThat(buy.side()).isEqualTo(Side.BUY);
        // "0.6000" -> 0.6 = 600,000 micros; "200.0000" shares -> 200 * 1e6 micros
        assertThat(buy.price()).isEqualTo(new Price(600_000));
        assertThat(buy.originalSize()).isEqualTo(new Shares(200_000_000));
        assertThat(buy.sizeMatched()).isEqualTo(Shares.ZERO);
        assertThat(buy.orderType()).isEqualTo(OrderType.GTC);
        assertThat(buy.createdAt()).isEqualTo(Instant.ofEpochSecond(1703875200));
        assertThat(buy.expiration()).isEmpty();
        assertThat(buy.associateTrades()).isEmpty();

        OpenOrder sell = page.data().get(1);
        assertThat(sell.side()).isEqualTo(Side.SELL);
        assertThat(sell.orderType()).isEqualTo(OrderType.GTD);
        assertThat(sell.associateTrades()).as("null associate_trades").isEmpty();
        // 150 original - 50 matched = 100 shares left
        assertThat(sell.remaining()).isEqualTo(Shares.whole(100));
    }

    @Test
    void confirmedTrade_fixture_parsesAndAttributesLegsToOrders() {
        ClobTrade t = ClobTrade.from(RestFixtures.json("nt_clob_data_trade_confirmed_real.json"));

        assertThat(t.status()).isEqualTo(TradeStatus.CONFIRMED);
        assertThat(t.side()).isEqualTo(Side.BUY);
        assertThat(t.size()).isEqualTo(Shares.whole(5));
        assertThat(t.price()).isEqualTo(Price.parse("0.489"));
        assertThat(t.matchTime()).isEqualTo(Instant.ofEpochSecond(1726043102));
        assertThat(t.traderSide()).isEqualTo(Liquidity.TAKER);
        assertThat(t.makerOrders()).hasSize(1);
        assertThat(t.makerOrders().get(0).side()).as("older rows carry no maker side").isEmpty();

        OrderId maker = new OrderId("0x6dd169f87692751b75b4ed673158721cdbf56ec49f29aa94a6aaa05b93b1b0ab");
        OrderId taker = new OrderId("0x4505aada9831d06078a005c8ec96396a78c8f06035bf763b40fc16d27a250043");
        assertThat(t.legsOf(maker)).singleElement().satisfies(leg -> {
            assertThat(leg.liquidity()).isEqualTo(Liquidity.MAKER);
            assertThat(leg.size()).isEqualTo(Shares.whole(5));
            assertThat(leg.price()).isEqualTo(new Price(489_000));
        });
        assertThat(t.legsOf(taker)).singleElement()
                .satisfies(leg -> assertThat(leg.liquidity()).isEqualTo(Liquidity.TAKER));
        assertThat(t.legsOf(new OrderId("0xother"))).isEmpty();
        assertThat(t.legsOf(new OrderId(maker.value().toUpperCase(java.util.Locale.ROOT).replace("0X", "0x"))))
                .as("hex ids match whatever their letter case").hasSize(1);
    }

    @Test
    void getBook_fixture_isReorderedBestFirstWithExactLevels() {
        BookSnapshot b = BookSnapshot.from(RestFixtures.json("nt_get_book_real.json"));

        // The capture lists bids ascending (0.01 ... 0.1) and asks descending (0.98 ... 0.14).
        assertThat(b.bids()).extracting(BookLevel::price).containsExactly(Price.parse("0.1"),
                Price.parse("0.09"), Price.parse("0.08"), Price.parse("0.06"), Price.parse("0.01"));
        assertThat(b.bids().get(0).size()).isEqualTo(Shares.whole(125));
        assertThat(b.asks()).extracting(BookLevel::price).containsExactly(Price.parse("0.14"),
                Price.parse("0.2"), Price.parse("0.38"), Price.parse("0.46"), Price.parse("0.47"),
                Price.parse("0.5"), Price.parse("0.98"));
        // "192.3" shares = 192,300,000 micros, exactly
        assertThat(b.asks().get(2).size()).isEqualTo(new Shares(192_300_000));
        assertThat(b.hash()).isEqualTo("2fc4a3d6a98bc164e057589bcb74981852b87412");
        assertThat(b.timestamp()).isEqualTo(Instant.ofEpochMilli(1728799418260L));
        assertThat(b.tickSize()).as("the older shape has no tick_size").isEmpty();
        assertThat(b.negRisk()).isEmpty();

        var book = b.toBook(TickSize.HUNDREDTH, 3);
        assertThat(book.bestBid()).map(BookLevel::price).contains(new Price(100_000));
        assertThat(book.bestAsk()).map(BookLevel::price).contains(new Price(140_000));
        assertThat(book.isCrossed()).isFalse();
    }

    @Test
    void bookWithTwoLevelsAtOnePrice_isRefused() {
        assertThatThrownBy(() -> BookSnapshot.from(RestFixtures.parse("{\"market\":\"0xm\",\"asset_id\":\"1\","
                + "\"timestamp\":\"1\",\"bids\":[{\"price\":\"0.5\",\"size\":\"1\"},{\"price\":\"0.50\","
                + "\"size\":\"2\"}],\"asks\":[]}")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.5 twice");
    }

    @Test
    void feeRate_fixture_isOneHundredFiftyBps() {
        assertThat(ClobClient.FeeRate.bps(RestFixtures.json("nt_fee_rate_nonzero.json"))).isEqualTo(150);
    }

    @Test
    void numbersWrittenAsJsonNumbers_areReadExactly() {
        // 0.0001 is not a binary fraction; read as BigDecimal it stays 100 micros.
        var n = RestFixtures.parse("{\"minimum_tick_size\":0.0001,\"price\":0.3}");

        assertThat(TickSize.parse(Fields.text(n, "minimum_tick_size"))).isEqualTo(TickSize.TEN_THOUSANDTH);
        assertThat(Fields.price(n, "price")).isEqualTo(new Price(300_000));
    }

    @Test
    void aTreeReadWithDoubles_isRefusedRatherThanTrusted() throws Exception {
        var doubles = new ObjectMapper().readTree("{\"price\":0.3}");

        assertThatThrownBy(() -> Fields.price(doubles, "price"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("read as a double");
    }

    @Test
    void missingOrMistypedFields_areNamedInTheError() {
        var n = RestFixtures.parse("{\"id\":\"0x1\",\"status\":\"LIVE\",\"price\":[1]}");

        assertThatThrownBy(() -> OpenOrder.from(n)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'market' is missing");
        assertThatThrownBy(() -> Fields.price(n, "price")).hasMessageContaining("'price' is not text");
        assertThatThrownBy(() -> CursorPage.from(RestFixtures.parse("{\"data\":[{}],\"next_cursor\":\"LTE=\"}"),
                OpenOrder::from)).hasMessageStartingWith("data[0]: ");
    }

    @Test
    void heartbeatAck_readsTheIdOrItsAbsence() {
        assertThat(HeartbeatAck.from(RestFixtures.parse("{\"heartbeat_id\":\"7d1c\",\"error\":null}")))
                .isEqualTo(new HeartbeatAck(java.util.Optional.of("7d1c"), java.util.Optional.empty()));
        assertThat(HeartbeatAck.from(RestFixtures.parse("{\"status\":\"ok\"}")).heartbeatId()).isEmpty();
    }

    @Test
    void balanceAllowance_keepsUint256AllowancesExactly() {
        BalanceAllowance b = BalanceAllowance.from(RestFixtures.parse("{\"balance\":\"12500000\",\"allowances\":"
                + "{\"0xE111180000d2663C0091e4f400237545B87B996B\":\"115792089237316195423570985008687907853269984665640"
                + "564039457584007913129639935\"}}"));

        assertThat(b.balance()).isEqualByComparingTo("12500000");
        // 2^256 - 1, the "unlimited" approval
        assertThat(b.allowances().get("0xE111180000d2663C0091e4f400237545B87B996B"))
                .isEqualTo(java.math.BigInteger.TWO.pow(256).subtract(java.math.BigInteger.ONE));
    }

    @Test
    void queryFilters_encodeOnlyWhatIsSet() {
        String q = new TradeFilter(null, new astra.domain.TokenId("123"), null, null,
                Instant.ofEpochSecond(1_700_000_000L), null).applyTo(new Query("/data/trades")).toString();

        assertThat(q).isEqualTo("/data/trades?asset_id=123&after=1700000000");
        assertThat(OrderFilter.ALL.applyTo(new Query("/data/orders")).toString()).isEqualTo("/data/orders");
        assertThat(new Query("/x").param("c", "LTE=").toString()).isEqualTo("/x?c=LTE%3D");
    }
}
