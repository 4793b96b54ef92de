package astra.simulator.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HmacRequestAuthTest {
    private static final Path VECTOR = Path.of(System.getProperty("astra.shared.dir", "../../../shared"),
            "fixtures", "polymarket", "signing", "hmac_l2_vector.json");

    @Test
    void signature_matchesTheSdkVector() throws IOException {
        JsonObject v = new JsonObject(Files.readString(VECTOR));
        String message = v.getString("timestamp") + v.getString("method") + v.getString("requestPath") + v.getString("body");
        assertThat(HmacRequestAuth.sign(v.getString("secret"), message)).isEqualTo(v.getString("expected_signature"));
    }

    @Test
    void verify_acceptsTheKeysOwnSignature_andRefusesWrongPassphraseAddressOrBody() {
        ApiKeyRegistry keys = new ApiKeyRegistry();
        ApiKey key = new ApiKey("k1", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=", "pass", "0xAbC");
        keys.register(key);
        HmacRequestAuth auth = new HmacRequestAuth(keys);
        String sig = HmacRequestAuth.sign(key.secret(), "100POST/order{\"a\":1}");

        assertThat(auth.verify(request("k1", "pass", "0xabc", sig, "{\"a\":1}"))).contains(key);
        assertThat(auth.verify(request("k1", "nope", "0xabc", sig, "{\"a\":1}"))).isEmpty();
        assertThat(auth.verify(request("k1", "pass", "0xdef", sig, "{\"a\":1}"))).isEmpty();
        assertThat(auth.verify(request("k1", "pass", "0xabc", sig, "{\"a\": 1}"))).isEmpty();
        assertThat(auth.verify(request("k2", "pass", "0xabc", sig, "{\"a\":1}"))).isEmpty();
    }

    @Test
    void apiKey_printsNoSecret() {
        assertThat(new ApiKey("key-1", "s3cr3t", "pp", "0x1").toString()).doesNotContain("key-1", "s3cr3t", "pp");
    }

    private static L2Request request(String key, String pass, String address, String sig, String body) {
        return new L2Request("POST", "/order", "", body, Map.of(L2Request.API_KEY, key, L2Request.PASSPHRASE, pass,
                L2Request.ADDRESS, address, L2Request.SIGNATURE, sig, L2Request.TIMESTAMP, "100"));
    }
}
