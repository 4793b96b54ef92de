package astra.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Liquidity;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TradeStatus;
import astra.polymarket.rest.ScriptedHttpServer;
import astra.polymarket.signing.SignedOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Resolving ambiguous submits by the order's hash against a real HTTP server on loopback. */
class AmbiguousSubmitResolverIT {
    private static final String EMPTY_PAGE = "{\"data\":[],\"next_cursor\":\"LTE=\"}";
    private static final Duration PAUSE = Duration.ofMillis(250);

    private ScriptedHttpServer server;
    private final List<Duration> transportPauses = new ArrayList<>();
    private final List<Duration> resolverPauses = new ArrayList<>();
    private final SignedOrder order = ClobTestKit.signedOrder(77);
    private final String hash = order.orderId().value();

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedHttpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private SubmitResolution resolve(int attempts) {
        var settings = new AmbiguousSubmitResolver.Settings(attempts, PAUSE, Duration.ofMinutes(2));
        var resolver = new AmbiguousSubmitResolver(ClobTestKit.client(server, transportPauses), settings,
                resolverPauses::add);
        return resolver.resolve(order, ClobTestKit.NOW);
    }

    private String ourOrder(String status) {
        return RestFixtures.json("nt_open_orders_page_synthetic.json").get("data").get(0).toString()
                .replace("0xaaaa000000000000000000000000000000000000000000000000000000000001", hash)
                .replace("\"LIVE\"", "\"" + status + "\"");
    }

    @Test
    void orderStillActive_isLiveAfterOneLookup() {
        server.then(200, ourOrder("LIVE"));

        SubmitResolution r = resolve(3);

        assertThat(r).isInstanceOfSatisfying(SubmitResolution.Live.class,
                live -> assertThat(live.order().id()).isEqualTo(order.orderId()));
        assertThat(server.seen).singleElement()
                .satisfies(s -> assertThat(s.path()).isEqualTo("/data/order/" + hash));
    }

    @Test
    void orderNoLongerActiveButInATradeAsMaker_isMatchedWithItsFill() {
        String trade = RestFixtures.text("nt_clob_data_trade_confirmed_real.json")
                .replace("0x6dd169f87692751b75b4ed673158721cdbf56ec49f29aa94a6aaa05b93b1b0ab", hash);
        server.then(404, "{\"error\":\"not found\"}").then(200, EMPTY_PAGE)
                .then(200, "{\"data\":[" + trade + "],\"next_cursor\":\"LTE=\"}");

        SubmitResolution r = resolve(3);

        assertThat(r).isInstanceOfSatisfying(SubmitResolution.Matched.class, m -> {
            assertThat(m.order()).isEmpty();
            assertThat(m.fills()).singleElement().satisfies(leg -> {
                assertThat(leg.liquidity()).isEqualTo(Liquidity.MAKER);
                assertThat(leg.size()).isEqualTo(Shares.whole(5));
                assertThat(leg.price()).isEqualTo(Price.parse("0.489"));
                assertThat(leg.status()).isEqualTo(TradeStatus.CONFIRMED);
            });
        });
        // after = submit time 1,750,000,000 s - 120 s look-back = 1,749,999,880
        assertThat(server.seen).extracting(ScriptedHttpServer.Seen::path).containsExactly(
                "/data/order/" + hash,
                "/data/orders?asset_id=" + ClobTestKit.TOKEN + "&id=" + hash + "&next_cursor=MA%3D%3D",
                "/data/trades?asset_id=" + ClobTestKit.TOKEN + "&after=1749999880&next_cursor=MA%3D%3D");
        assertThat(resolverPauses).isEmpty();
    }

    @Test
    void orderSeenMatchedBeforeItsTradesShow_isMatchedWithoutFillsYet() {
        server.then(200, ourOrder("MATCHED")).then(200, EMPTY_PAGE);

        SubmitResolution r = resolve(1);

        assertThat(r).isInstanceOfSatisfying(SubmitResolution.Matched.class, m -> {
            assertThat(m.fills()).isEmpty();
            assertThat(m.order()).isPresent();
        });
    }

    @Test
    void orderAppearingOnlyInTheSecondRound_isFoundAfterOnePause() {
        server.then(404, "{}").then(200, EMPTY_PAGE).then(200, EMPTY_PAGE).then(200, ourOrder("LIVE"));

        SubmitResolution r = resolve(3);

        assertThat(r).isInstanceOf(SubmitResolution.Live.class);
        assertThat(resolverPauses).containsExactly(PAUSE);
        assertThat(server.seen).hasSize(4);
    }

    @Test
    void noTraceAfterEveryAttempt_isNotFoundYetNeverRejected() {
        for (int round = 0; round < 2; round++) {
            server.then(404, "{}").then(200, EMPTY_PAGE).then(200, EMPTY_PAGE);
        }

        SubmitResolution r = resolve(2);

        assertThat(r).isEqualTo(new SubmitResolution.NotFoundYet(order.orderId(), 2, java.util.Optional.empty()));
        assertThat(server.seen).hasSize(6);
        assertThat(resolverPauses).containsExactly(PAUSE);
    }

    @Test
    void anAnswerAboutAnotherOrder_isNotTakenForOurs() {
        String other = ourOrder("LIVE").replace(hash, "0x" + "ab".repeat(32));
        server.then(200, other).then(200, "{\"data\":[" + other + "],\"next_cursor\":\"LTE=\"}")
                .then(200, EMPTY_PAGE);

        assertThat(resolve(1)).isInstanceOf(SubmitResolution.NotFoundYet.class);
    }

    @Test
    void failingLookups_endNotFoundYetWithTheLastError() {
        server.then(401, "{\"error\":\"Unauthorized/Invalid api key\"}")
                .then(401, "{\"error\":\"Unauthorized/Invalid api key\"}")
                .then(401, "{\"error\":\"Unauthorized/Invalid api key\"}");

        SubmitResolution r = resolve(1);

        assertThat(r).isInstanceOfSatisfying(SubmitResolution.NotFoundYet.class,
                n -> assertThat(n.lastError()).hasValueSatisfying(
                        e -> assertThat(e).contains("UNAUTHORIZED").contains("Invalid api key")));
        assertThat(server.seen).as("each of the three lookups was still tried").hasSize(3);
    }
}
