package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.EnvironmentSecrets;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthL1CommandTest {

    @Test
    void clobAuthVector_givesItsSignatureInTheFourL1Headers() {
        JsonNode vector = SharedFixtures.eip712Vectors("ClobAuth").get(0);
        Map<String, String> env = Map.of(EnvironmentSecrets.PRIVATE_KEY, SharedFixtures.vectorKey());

        CliRun.Result r = CliRun.run(env, "auth", "l1", "--timestamp", vector.get("timestamp").asText(),
                "--nonce", vector.get("nonce").asText(), "--chain", vector.get("chainId").asText());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode out = r.json();
        List<String> names = new ArrayList<>();
        out.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("POLY_ADDRESS", "POLY_SIGNATURE", "POLY_TIMESTAMP", "POLY_NONCE");
        assertThat(out.get("POLY_SIGNATURE").asText()).isEqualTo(vector.get("signature").asText());
        assertThat(out.get("POLY_ADDRESS").asText()).isEqualToIgnoringCase(SharedFixtures.eip712().get("signer_address").asText());
        assertThat(out.get("POLY_TIMESTAMP").asText()).isEqualTo(vector.get("timestamp").asText());
        assertThat(out.get("POLY_NONCE").asText()).isEqualTo(vector.get("nonce").asText());
    }

    @Test
    void defaultChain_isPolygonSoTheAmoyVectorsSignatureDoesNotCome() {
        JsonNode vector = SharedFixtures.eip712Vectors("ClobAuth").get(0);
        Map<String, String> env = Map.of(EnvironmentSecrets.PRIVATE_KEY, SharedFixtures.vectorKey());

        JsonNode polygon = CliRun.run(env, "auth", "l1", "--timestamp", vector.get("timestamp").asText(),
                "--nonce", vector.get("nonce").asText()).json();
        JsonNode explicit = CliRun.run(env, "auth", "l1", "--timestamp", vector.get("timestamp").asText(),
                "--nonce", vector.get("nonce").asText(), "--chain", "137").json();

        assertThat(polygon).isEqualTo(explicit);
        assertThat(polygon.get("POLY_SIGNATURE").asText()).isNotEqualTo(vector.get("signature").asText());
    }
}
