package astra.polymarket.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.polymarket.SigningFixtures;
import astra.polymarket.signing.Address;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class L2AuthTest {
    private static final Address ADDRESS = Address.of("0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266");
    private final JsonNode vector = SigningFixtures.read("hmac_l2_vector.json");
    private final ApiCredentials credentials =
            new ApiCredentials("key-123", vector.get("secret").asText(), "pass-456");
    private final L2Auth auth = new L2Auth(credentials, ADDRESS);

    @Test
    void hmacVector_signatureMatchesExactly() {
        String signature = auth.signature(vector.get("timestamp").asText(),
                vector.get("method").asText(), vector.get("requestPath").asText(),
                vector.get("body").asText());

        assertThat(signature).isEqualTo(vector.get("expected_signature").asText())
                .isEqualTo("ZwAdJKvoYRlEKDkNMwd5BuwNNtg93kNaR_oU2HrfVvc=");
    }

    @Test
    void bodyWithOtherSpacing_givesAnotherSignature() {
        String compact = vector.get("body").asText().replace(": ", ":");

        assertThat(auth.signature(vector.get("timestamp").asText(), vector.get("method").asText(),
                vector.get("requestPath").asText(), compact))
                .isNotEqualTo(vector.get("expected_signature").asText());
    }

    @Test
    void nullAndEmptyBody_signTheSameMessage() {
        assertThat(auth.signature("1", "GET", "/data/orders", null))
                .isEqualTo(auth.signature("1", "GET", "/data/orders", ""));
    }

    @Test
    void headers_carryTheFiveL2FieldsAndPrintNoSecret() {
        AuthHeaders headers = auth.headers(1_000_000L, "test-sign", "/orders",
                vector.get("body").asText());

        assertThat(headers.values()).containsOnlyKeys("POLY_ADDRESS", "POLY_SIGNATURE",
                "POLY_TIMESTAMP", "POLY_API_KEY", "POLY_PASSPHRASE");
        assertThat(headers.get(AuthHeaders.SIGNATURE))
                .isEqualTo(vector.get("expected_signature").asText());
        assertThat(headers.get(AuthHeaders.API_KEY)).isEqualTo("key-123");
        assertThat(headers.get(AuthHeaders.PASSPHRASE)).isEqualTo("pass-456");
        assertThat(headers.toString()).contains("POLY_TIMESTAMP=1000000")
                .doesNotContain("pass-456").doesNotContain("key-123")
                .doesNotContain(vector.get("expected_signature").asText());
        assertThat(auth.toString()).doesNotContain("pass-456")
                .doesNotContain(vector.get("secret").asText());
    }

    @Test
    void secretThatIsNotBase64_isRejectedWithoutEchoingIt() {
        ApiCredentials bad = new ApiCredentials("k", "not base64 at all!", "p");

        assertThatThrownBy(() -> new L2Auth(bad, ADDRESS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("API secret is not url-safe base64")
                .hasNoCause();
    }
}
