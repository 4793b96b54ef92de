package astra.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.AuthHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class L2RequestAuthenticatorTest {
    private final L2RequestAuthenticator auth = new L2RequestAuthenticator(ClobTestKit.l2(),
            Clock.fixed(Instant.ofEpochSecond(1_700_000_123L, 999_000_000), ZoneOffset.UTC));

    @Test
    void timestamp_isWholeSecondsOfTheInjectedClock() {
        assertThat(auth.headers("GET", "/time", "")).containsEntry(AuthHeaders.TIMESTAMP, "1700000123");
    }

    @Test
    void signature_coversUpperCaseMethodPathWithoutQueryAndTheExactBody() {
        Map<String, String> h = auth.headers("delete", "/orders?x=1", "[\"0x1\"]");

        assertThat(h.get(AuthHeaders.SIGNATURE))
                .isEqualTo(ClobTestKit.l2().signature("1700000123", "DELETE", "/orders", "[\"0x1\"]"))
                .isNotEqualTo(ClobTestKit.l2().signature("1700000123", "DELETE", "/orders", "[\"0x1\" ]"))
                .isNotEqualTo(ClobTestKit.l2().signature("1700000123", "DELETE", "/orders?x=1", "[\"0x1\"]"));
    }

    @Test
    void signedPath_dropsOnlyTheQuery() {
        assertThat(L2RequestAuthenticator.signedPath("/data/orders?next_cursor=MA%3D%3D")).isEqualTo("/data/orders");
        assertThat(L2RequestAuthenticator.signedPath("/data/order/0xab")).isEqualTo("/data/order/0xab");
    }

    @Test
    void printsNoCredential() {
        assertThat(auth.toString()).doesNotContain("api-key-1").doesNotContain("phrase-1")
                .doesNotContain(ClobTestKit.CREDENTIALS.secret());
    }
}
