package astra.polymarket.clob;

import static astra.polymarket.clob.ClobTestKit.assertL2Signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.polymarket.json.OrderJson;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.rest.ScriptedHttpServer;
import astra.polymarket.rest.VenueErrorKind;
import astra.polymarket.rest.VenueException;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CLOB client against a real HTTP server on loopback. */
class ClobClientIT {
    private ScriptedHttpServer server;
    private final List<Duration> pauses = new ArrayList<>();
    private ClobClient client;

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedHttpServer();
        client = ClobTestKit.client(server, pauses);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void postOrder_sendsTheOrderBodySignedWithL2AndReadsTheVenueAnswer() {
        SignedOrder order = ClobTestKit.signedOrder(1);
        PostOrderRequest request = ClobTestKit.request(order);
        server.then(200, "{\"success\":true,\"errorMsg\":\"\",\"orderID\":\"" + order.orderId()
                + "\",\"status\":\"live\",\"makingAmount\":\"\",\"takingAmount\":\"\"}");

        PostOrderResult result = client.postOrder(request);

        assertThat(result.success()).isTrue();
        assertThat(result.orderId()).contains(order.orderId());
        assertThat(result.status()).contains(VenueOrderStatus.LIVE);
        ScriptedHttpServer.Seen seen = server.seen.get(0);
        assertThat(seen.path()).isEqualTo("/order");
        assertThat(seen.body()).isEqualTo(OrderJson.postOrderBody(request));
        assertL2Signed(seen, "POST", "/order");
    }

    @Test
    void postOrders_sendsOneArrayAndReturnsOneResultPerOrderInOrder() {
        SignedOrder a = ClobTestKit.signedOrder(1);
        SignedOrder b = ClobTestKit.signedOrder(2);
        server.then(200, "[{\"success\":true,\"orderID\":\"" + a.orderId() + "\",\"status\":\"matched\","
                + "\"makingAmount\":\"2.5\",\"takingAmount\":\"5\"},"
                + "{\"success\":false,\"orderID\":null,\"errorMsg\":\"not enough balance\"}]");

        List<PostOrderResult> results = client.postOrders(List.of(ClobTestKit.request(a), ClobTestKit.request(b)));

        assertThat(results).hasSize(2);
        assertThat(results.get(0).status()).contains(VenueOrderStatus.MATCHED);
        assertThat(results.get(1).errorMsg()).contains("not enough balance");
        ScriptedHttpServer.Seen seen = server.seen.get(0);
        assertThat(seen.path()).isEqualTo("/orders");
        assertThat(seen.body()).startsWith("[{\"order\":").contains(a.signature()).contains(b.signature());
        assertL2Signed(seen, "POST", "/orders");
    }

    @Test
    void postOrdersAnsweredWithTheWrongCount_isAmbiguousAndCounted() {
        server.then(200, "[]");

        assertThatThrownBy(() -> client.postOrders(List.of(ClobTestKit.request(ClobTestKit.signedOrder(1)))))
                .isInstanceOfSatisfying(MalformedAnswerException.class,
                        e -> assertThat(e.kind()).isEqualTo(VenueErrorKind.AMBIGUOUS));
        assertThat(client.malformedAnswers()).isEqualTo(1);
    }

    @Test
    void cancels_sendTheirBodiesWithDeleteAndSignTheMethodAndBody() {
        String answer = RestFixtures.text("nt_cancel_orders_response_synthetic.json");
        server.then(200, "{\"canceled\":[\"0xa\"],\"not_canceled\":{}}").then(200, answer)
                .then(200, "{\"canceled\":[],\"not_canceled\":{}}").then(200, "{\"canceled\":[\"0xc\"]}");

        CancelResult one = client.cancelOrder(new OrderId("0xa"));
        CancelResult many = client.cancelOrders(List.of(new OrderId("0x1"), new OrderId("0x3")));
        client.cancelAll();
        CancelResult market = client.cancelMarketOrders(new ConditionId("0xmarket"), new TokenId("42"));

        assertThat(one.canceled()).containsExactly(new OrderId("0xa"));
        assertThat(many.notCanceled()).hasSize(1);
        assertThat(market.notCanceled()).as("an absent not_canceled is empty").isEmpty();
        assertThat(server.seen).extracting(ScriptedHttpServer.Seen::path)
                .containsExactly("/order", "/orders", "/cancel-all", "/cancel-market-orders");
        assertThat(server.seen).extracting(ScriptedHttpServer.Seen::body).containsExactly(
                "{\"orderID\":\"0xa\"}", "[\"0x1\",\"0x3\"]", "", "{\"market\":\"0xmarket\",\"asset_id\":\"42\"}");
        assertL2Signed(server.seen.get(0), "DELETE", "/order");
        assertL2Signed(server.seen.get(1), "DELETE", "/orders");
        assertL2Signed(server.seen.get(2), "DELETE", "/cancel-all");
        assertL2Signed(server.seen.get(3), "DELETE", "/cancel-market-orders");
    }

    @Test
    void openOrders_followCursorsAcrossThreePagesUntilLte() {
        String row = RestFixtures.json("nt_open_orders_page_synthetic.json").get("data").get(0).toString();
        server.then(200, "{\"data\":[" + row + "],\"next_cursor\":\"MTAw\"}")
                .then(200, "{\"data\":[" + row.replace("0xaaaa", "0xcccc") + "],\"next_cursor\":\"MjAw\"}")
                .then(200, "{\"data\":[" + row.replace("0xaaaa", "0xdddd") + "],\"next_cursor\":\"LTE=\"}");

        List<OpenOrder> orders = client.openOrders(new OrderFilter(new ConditionId("0xdd22"), null, null));

        assertThat(orders).extracting(o -> o.id().value().substring(0, 6))
                .containsExactly("0xaaaa", "0xcccc", "0xdddd");
        assertThat(server.seen).extracting(ScriptedHttpServer.Seen::path).containsExactly(
                "/data/orders?market=0xdd22&next_cursor=MA%3D%3D",
                "/data/orders?market=0xdd22&next_cursor=MTAw",
                "/data/orders?market=0xdd22&next_cursor=MjAw");
        // The venue signs the path without its query (as its SDKs do).
        server.seen.forEach(seen -> assertL2Signed(seen, "GET", "/data/orders"));
    }

    @Test
    void pagesThatNeverEnd_areCutOffAsMalformed() {
        server.then(200, "{\"data\":[],\"next_cursor\":\"MTAw\"}").then(200, "{\"data\":[],\"next_cursor\":\"MTAw\"}");

        assertThatThrownBy(() -> client.trades(TradeFilter.ALL))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("came back twice");
        assertThat(server.seen).hasSize(2);
    }

    @Test
    void trades_areReadFromTheRealCaptureRow() {
        String row = RestFixtures.text("nt_clob_data_trade_confirmed_real.json");
        server.then(200, "{\"data\":[" + row + "],\"next_cursor\":\"LTE=\",\"limit\":100,\"count\":1}");

        List<ClobTrade> trades = client.trades(new TradeFilter(null, new TokenId("2174"), null, null,
                Instant.ofEpochSecond(1_726_000_000L), null));

        assertThat(trades).singleElement().satisfies(t -> assertThat(t.price()).isEqualTo(new Price(489_000)));
        assertThat(server.seen.get(0).path())
                .isEqualTo("/data/trades?asset_id=2174&after=1726000000&next_cursor=MA%3D%3D");
    }

    @Test
    void activeOrder_notFoundOrEmpty_isEmptyButFoundIsParsed() {
        String row = RestFixtures.json("nt_open_orders_page_synthetic.json").get("data").get(1).toString();
        server.then(404, "{\"error\":\"not found\"}").then(200, "null").then(200, "").then(200, row);
        OrderId id = new OrderId("0xbbbb000000000000000000000000000000000000000000000000000000000002");

        assertThat(client.activeOrder(id)).isEmpty();
        assertThat(client.activeOrder(id)).isEmpty();
        assertThat(client.activeOrder(id)).isEmpty();
        assertThat(client.activeOrder(id)).hasValueSatisfying(o -> assertThat(o.id()).isEqualTo(id));
        assertThat(server.seen.get(0).path()).isEqualTo("/data/order/" + id.value());
        assertThat(server.seen).as("a 404 is an answer, not retried").hasSize(4);
    }

    @Test
    void malformedAnswer_isATypedAmbiguousErrorWithACounterNeverANullPointer() {
        server.then(200, "{\"data\":[{\"id\":\"0x1\"}],\"next_cursor\":\"LTE=\"}").then(200, "{\"success\":\"maybe\"}");

        assertThatThrownBy(() -> client.openOrders(OrderFilter.ALL))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VenueErrorKind.AMBIGUOUS);
                    assertThat(e.getMessage()).contains("data[0]").contains("is missing");
                });
        assertThatThrownBy(() -> client.postOrder(ClobTestKit.request(ClobTestKit.signedOrder(3))))
                .isInstanceOf(MalformedAnswerException.class).hasMessageContaining("'success' is not a boolean");
        assertThat(client.malformedAnswers()).isEqualTo(2);
    }

    @Test
    void marketReads_parseBookTickNegRiskFeeTimeAndBalance() {
        server.then(200, RestFixtures.text("nt_get_book_real.json"))
                .then(200, "{\"minimum_tick_size\":0.001}")
                .then(200, "{\"neg_risk\":true}")
                .then(200, RestFixtures.text("nt_fee_rate_nonzero.json"))
                .then(200, "1750000123")
                .then(200, "{\"balance\":\"5000000\",\"allowances\":{}}")
                .then(200, "[" + RestFixtures.text("nt_get_book_real.json") + "]");
        TokenId token = new TokenId("2336");

        assertThat(client.book(token).bids()).hasSize(5);
        assertThat(client.tickSize(token)).isEqualTo(TickSize.THOUSANDTH);
        assertThat(client.negRisk(token)).isTrue();
        assertThat(client.feeRateBps(token)).isEqualTo(150);
        assertThat(client.serverTime()).isEqualTo(Instant.ofEpochSecond(1_750_000_123L));
        assertThat(client.balanceAllowance(AssetType.COLLATERAL, null, SignatureType.POLY_1271).balance())
                .isEqualByComparingTo("5000000");
        assertThat(client.books(List.of(token, new TokenId("77")))).hasSize(1);

        assertThat(server.seen).extracting(ScriptedHttpServer.Seen::path).containsExactly(
                "/book?token_id=2336", "/tick-size?token_id=2336", "/neg-risk?token_id=2336",
                "/fee-rate?token_id=2336", "/time", "/balance-allowance?asset_type=COLLATERAL&signature_type=3",
                "/books");
        assertThat(server.seen.get(6).body()).isEqualTo("[{\"token_id\":\"2336\"},{\"token_id\":\"77\"}]");
    }
}
