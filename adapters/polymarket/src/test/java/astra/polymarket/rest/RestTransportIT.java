package astra.polymarket.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.polymarket.rest.RestTransport.Idempotency;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The transport against a real HTTP server on loopback. */
class RestTransportIT {
    private ScriptedHttpServer server;
    private final List<Duration> pauses = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedHttpServer();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private RestTransport transport(Duration timeout, RequestAuthenticator auth) {
        RestSettings settings = new RestSettings(server.uri(), timeout, 3, Duration.ofMillis(100), 50);
        return new RestTransport(settings, HttpClient.newHttpClient(), auth, System::nanoTime, pauses::add);
    }

    @Test
    void ok_returnsTheParsedAnswerAndSendsTheAuthHeaders() {
        server.then(200, "{\"orderID\":\"0xabc\",\"success\":true}");
        RestTransport t = transport(Duration.ofSeconds(5), (m, p, b) -> Map.of("POLY_API_KEY", "k-" + m + p + b));

        var answer = t.send("POST", "/order", "{\"x\":1}", EndpointFamily.POST_ORDER, 1, Idempotency.SUBMIT);

        assertThat(answer.get("orderID").asText()).isEqualTo("0xabc");
        assertThat(server.seen).hasSize(1);
        assertThat(server.seen.get(0).headers()).containsEntry("POLY_API_KEY", "k-POST/order{\"x\":1}");
        assertThat(server.seen.get(0).body()).isEqualTo("{\"x\":1}");
    }

    @Test
    void rejection_isTypedWithTheVenueMessageAndNotRetried() {
        server.then(400, "{\"error\":\"not enough balance / allowance\"}");
        RestTransport t = transport(Duration.ofSeconds(5), RequestAuthenticator.NONE);

        assertThatThrownBy(() -> t.send("POST", "/order", "{}", EndpointFamily.POST_ORDER, 1, Idempotency.SUBMIT))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VenueErrorKind.REJECTED);
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("not enough balance / allowance");
                });
        assertThat(server.seen).hasSize(1);
        assertThat(t.errorCount(VenueErrorKind.REJECTED)).isEqualTo(1);
    }

    @Test
    void idempotentRead_isRetriedThroughRestartAndRateLimitWithGrowingPauses() {
        server.then(425, "{\"error\":\"restarting\"}").then(429, "{\"error\":\"slow down\"}")
                .then(200, "{\"bids\":[],\"asks\":[]}");
        RestTransport t = transport(Duration.ofSeconds(5), RequestAuthenticator.NONE);

        var book = t.send("GET", "/book?token_id=1", null, EndpointFamily.BOOK, 1, Idempotency.IDEMPOTENT);

        assertThat(book.has("bids")).isTrue();
        assertThat(server.seen).hasSize(3);
        assertThat(t.retryCount()).isEqualTo(2);
        assertThat(pauses).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
    }

    @Test
    void retries_stopAtTheLimit() {
        for (int i = 0; i < 5; i++) {
            server.then(503, "{\"error\":\"unavailable\"}");
        }
        RestTransport t = transport(Duration.ofSeconds(5), RequestAuthenticator.NONE);

        assertThatThrownBy(() -> t.send("GET", "/time", null, EndpointFamily.OTHER, 1, Idempotency.IDEMPOTENT))
                .isInstanceOfSatisfying(VenueException.class,
                        e -> assertThat(e.kind()).isEqualTo(VenueErrorKind.SERVER_ERROR));
        assertThat(server.seen).hasSize(4);
    }

    @Test
    void submitMeetingAServerError_isAmbiguousAndNeverResent() {
        server.then(500, "{\"error\":\"internal\"}").then(200, "{}");
        RestTransport t = transport(Duration.ofSeconds(5), RequestAuthenticator.NONE);

        assertThatThrownBy(() -> t.send("POST", "/order", "{}", EndpointFamily.POST_ORDER, 1, Idempotency.SUBMIT))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VenueErrorKind.AMBIGUOUS);
                    assertThat(e.status()).isEqualTo(500);
                });
        assertThat(server.seen).hasSize(1);
    }

    @Test
    void submitWithoutAnswer_isAmbiguous() {
        server.then(200, "{\"success\":true}", 1_500);
        RestTransport t = transport(Duration.ofMillis(300), RequestAuthenticator.NONE);

        assertThatThrownBy(() -> t.send("POST", "/order", "{}", EndpointFamily.POST_ORDER, 1, Idempotency.SUBMIT))
                .isInstanceOfSatisfying(VenueException.class, e -> {
                    assertThat(e.kind()).isEqualTo(VenueErrorKind.AMBIGUOUS);
                    assertThat(e.status()).isZero();
                });
    }

    @Test
    void nonJsonErrorBody_isReportedRaw() {
        assertThat(RestTransport.venueMessage("<html>bad gateway</html>")).isEqualTo("<html>bad gateway</html>");
        assertThat(RestTransport.venueMessage("{\"error\":\"order_version_mismatch\"}"))
                .isEqualTo("order_version_mismatch");
        assertThat(RestTransport.venueMessage("")).isEqualTo("(empty body)");
    }
}
