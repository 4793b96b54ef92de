package astra.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.OrderType;
import astra.domain.ProtocolVersion;
import astra.domain.Side;
import astra.polymarket.auth.ApiCredentials;
import astra.polymarket.auth.AuthHeaders;
import astra.polymarket.auth.L2Auth;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.rest.RestTransport;
import astra.polymarket.rest.ScriptedHttpServer;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import java.math.BigInteger;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** A client wired to a scripted loopback server, and the checks the ITs share. */
final class ClobTestKit {
    static final PrivateKey KEY = PrivateKey.fromHex(
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    /** url-safe base64 of "secret-for-tests-only". */
    static final ApiCredentials CREDENTIALS =
            new ApiCredentials("api-key-1", "c2VjcmV0LWZvci10ZXN0cy1vbmx5", "phrase-1");
    static final Instant NOW = Instant.ofEpochSecond(1_750_000_000L);
    static final String TOKEN =
            "71321045679252212594626385532706912750332728571942532289631379312455583992563";

    private ClobTestKit() {}

    static L2Auth l2() {
        return new L2Auth(CREDENTIALS, KEY.address());
    }

    static RestTransport transport(ScriptedHttpServer server, List<Duration> pauses) {
        RestSettings settings = new RestSettings(server.uri(), Duration.ofSeconds(5), 2, Duration.ofMillis(10), 50);
        return new RestTransport(settings, HttpClient.newHttpClient(),
                new L2RequestAuthenticator(l2(), Clock.fixed(NOW, ZoneOffset.UTC)), System::nanoTime, pauses::add);
    }

    static ClobClient client(ScriptedHttpServer server, List<Duration> pauses) {
        return new ClobClient(transport(server, pauses));
    }

    static SignedOrder signedOrder(long salt) {
        OrderV2 order = new OrderV2(salt, KEY.address(), KEY.address(), new BigInteger(TOKEN), 2_500_000, 5_000_000,
                Side.BUY, SignatureType.EOA, 1_750_000_000_000L, Bytes32.ZERO, Bytes32.ZERO, 0);
        return new OrderSigner(KEY, ExchangeContracts.domainFor(ProtocolVersion.V2, false, 137)).sign(order);
    }

    static PostOrderRequest request(SignedOrder order) {
        return new PostOrderRequest(order, CREDENTIALS.key(), OrderType.GTC, true, false);
    }

    /**
     * The request carried the five L2 headers and its signature is the HMAC of exactly
     * timestamp + method + path + the body the server received, recomputed here.
     */
    static void assertL2Signed(ScriptedHttpServer.Seen seen, String method, String signedPath) {
        assertThat(seen.method()).isEqualTo(method);
        assertThat(seen.headers()).containsKeys(AuthHeaders.ADDRESS, AuthHeaders.SIGNATURE, AuthHeaders.TIMESTAMP,
                AuthHeaders.API_KEY, AuthHeaders.PASSPHRASE);
        assertThat(seen.headers()).containsEntry(AuthHeaders.API_KEY, "api-key-1")
                .containsEntry(AuthHeaders.PASSPHRASE, "phrase-1")
                .containsEntry(AuthHeaders.TIMESTAMP, "1750000000")
                .containsEntry(AuthHeaders.ADDRESS, KEY.address().checksummed());
        String expected = l2().signature(seen.headers().get(AuthHeaders.TIMESTAMP), method, signedPath, seen.body());
        assertThat(seen.headers().get(AuthHeaders.SIGNATURE)).isEqualTo(expected);
    }
}
