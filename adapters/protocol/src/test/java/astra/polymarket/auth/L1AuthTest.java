package astra.polymarket.auth;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.SigningFixtures;
import astra.polymarket.signing.Hex;
import astra.polymarket.signing.PrivateKey;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class L1AuthTest {
    private final JsonNode vector = SigningFixtures.eip712Vector("ClobAuth");
    private final PrivateKey key = PrivateKey.fromHex(SigningFixtures.signerPrivateKey());
    private final L1Auth auth = new L1Auth(key, vector.get("chainId").asLong());

    @Test
    void clobAuthVector_digestAndSignatureMatchByteForByte() {
        String timestamp = vector.get("timestamp").asText();
        long nonce = vector.get("nonce").asLong();

        assertThat(Hex.of(auth.digest(timestamp, nonce))).isEqualTo(vector.get("digest").asText())
                .startsWith("0x8f442df8");
        assertThat(auth.signature(timestamp, nonce)).isEqualTo(vector.get("signature").asText())
                .isEqualTo(vector.get("expected_upstream").asText());
    }

    @Test
    void vectorDomainAndMessage_areTheOnesThisClassSigns() {
        JsonNode domain = vector.get("domain");
        assertThat(domain.get("name").asText()).isEqualTo(L1Auth.DOMAIN_NAME);
        assertThat(domain.get("version").asText()).isEqualTo(L1Auth.DOMAIN_VERSION);
        assertThat(domain.has("verifyingContract")).isFalse();
        assertThat(vector.get("message").asText()).isEqualTo(L1Auth.MESSAGE);
    }

    @Test
    void headers_carryAddressSignatureTimestampAndNonce() {
        AuthHeaders headers = auth.headers(10_000_000L, 23);

        assertThat(headers.values()).containsOnlyKeys(
                "POLY_ADDRESS", "POLY_SIGNATURE", "POLY_TIMESTAMP", "POLY_NONCE");
        assertThat(headers.get(AuthHeaders.ADDRESS))
                .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertThat(headers.get(AuthHeaders.SIGNATURE)).isEqualTo(vector.get("signature").asText());
        assertThat(headers.get(AuthHeaders.TIMESTAMP)).isEqualTo("10000000");
        assertThat(headers.get(AuthHeaders.NONCE)).isEqualTo("23");
    }
}
