package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.EnvironmentSecrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.web3j.crypto.Hash;

class OrderSignCommandTest {
    private static final Map<String, String> ENV =
            Map.of(EnvironmentSecrets.PRIVATE_KEY, SharedFixtures.vectorKey());

    @TempDir
    Path dir;

    static Stream<JsonNode> orderVectors() {
        return SharedFixtures.eip712Vectors("Order").stream();
    }

    @ParameterizedTest(name = "{index}: {0}")
    @MethodSource("orderVectors")
    void eachOrderVector_signsToItsHashAndSignatureExactly(JsonNode vector) throws IOException {
        Path order = write("order.json", vector.get("order").toString());
        String protocol = vector.get("kind").asText().startsWith("OrderV1") ? "v1" : "v2";

        CliRun.Result r = CliRun.run(ENV, "order", "sign", order.toString(), "--protocol", protocol,
                "--chain", vector.at("/domain/chainId").asText(),
                "--contract", vector.at("/domain/verifyingContract").asText());

        assertThat(r.err()).isEmpty();
        assertThat(r.exitCode()).isZero();
        JsonNode out = r.json();
        assertThat(fieldNames(out)).containsExactly("hash", "signature");
        assertThat(out.get("signature").asText()).isEqualTo(vector.get("signature").asText());
        assertThat(out.get("hash").asText()).isEqualTo(expectedHash(vector));
    }

    @Test
    void depositWalletOrder_getsTheWrappedSignatureNotAPlainOne() throws IOException {
        JsonNode vector = SharedFixtures.eip712Vectors("OrderV2-POLY_1271").get(0);
        Path order = write("wallet-order.json", vector.get("order").toString());

        JsonNode out = CliRun.run(ENV, "order", "sign", order.toString(), "--chain", "80002").json();

        // 65 signature bytes + 32 separator + 32 struct hash + the type string + 2 length bytes.
        String orderType = "Order(uint256 salt,address maker,address signer,uint256 tokenId,uint256 makerAmount,"
                + "uint256 takerAmount,uint8 side,uint8 signatureType,uint256 timestamp,bytes32 metadata,"
                + "bytes32 builder)";
        assertThat(out.get("signature").asText()).hasSize(2 + 2 * (65 + 32 + 32 + orderType.length() + 2))
                .isEqualTo(vector.get("signature").asText());
    }

    @Test
    void defaults_areProtocolV2OnThePlainExchangeOnPolygon() throws IOException {
        JsonNode vector = SharedFixtures.eip712Vectors("OrderV2-EOA").get(0);
        Path order = write("order.json", vector.get("order").toString());

        JsonNode polygon = CliRun.run(ENV, "order", "sign", order.toString()).json();
        JsonNode explicit = CliRun.run(ENV, "order", "sign", order.toString(), "--protocol", "v2",
                "--exchange", "ctf", "--chain", "137", "--contract", "0xE111180000d2663C0091e4f400237545B87B996B").json();
        JsonNode amoy = CliRun.run(ENV, "order", "sign", order.toString(), "--chain", "80002").json();

        assertThat(polygon).isEqualTo(explicit);
        // The vector was signed on Amoy (80002) against the same V2 contract, which the defaults imply.
        assertThat(amoy.get("hash").asText()).isEqualTo(vector.get("order_hash").asText());
        assertThat(polygon.get("hash")).isNotEqualTo(amoy.get("hash"));
    }

    @Test
    void negRiskAndV3_signAgainstOtherContractsSoTheHashChanges() throws IOException {
        JsonNode vector = SharedFixtures.eip712Vectors("OrderV2-EOA").get(0);
        Path order = write("order.json", vector.get("order").toString());

        String ctf = CliRun.run(ENV, "order", "sign", order.toString()).json().get("hash").asText();
        String negRisk = CliRun.run(ENV, "order", "sign", order.toString(), "--exchange", "negrisk")
                .json().get("hash").asText();
        String v3 = CliRun.run(ENV, "order", "sign", order.toString(), "--protocol", "V3")
                .json().get("hash").asText();

        assertThat(ctf).isNotEqualTo(negRisk).isNotEqualTo(v3);
        assertThat(negRisk).isNotEqualTo(v3);
    }

    @Test
    void postOrderBody_isAcceptedAsInputAndSignsTheOrderItWraps() throws IOException {
        JsonNode vector = SharedFixtures.eip712Vectors("OrderV2-EOA").get(0);
        ObjectNode body = ((ObjectNode) vector.get("order").deepCopy());
        // The body's shape: side as text, signatureType and salt as numbers.
        body.put("side", "BUY").put("signatureType", 0).put("salt", 479249096354L);
        Path file = write("body.json", "{\"order\": " + body + ", \"orderType\": \"GTC\"}");

        JsonNode out = CliRun.run(ENV, "order", "sign", file.toString(), "--chain", "80002").json();

        assertThat(out.get("signature").asText()).isEqualTo(vector.get("signature").asText());
    }

    /**
     * The vector's order hash; the POLY_1271 vector has none, so it is rebuilt from the vector's own
     * parts: keccak256(0x1901 ‖ exchange domain separator, bytes 65..96 of the wrapper ‖ struct hash).
     */
    private static String expectedHash(JsonNode vector) {
        if (vector.has("order_hash")) {
            return vector.get("order_hash").asText();
        }
        byte[] wrapper = HexFormat.of().parseHex(vector.get("signature").asText().substring(2));
        byte[] structHash = HexFormat.of().parseHex(vector.get("order_struct_hash").asText().substring(2));
        byte[] message = new byte[66];
        message[0] = 0x19;
        message[1] = 0x01;
        System.arraycopy(wrapper, 65, message, 2, 32);
        System.arraycopy(structHash, 0, message, 34, 32);
        return "0x" + HexFormat.of().formatHex(Hash.sha3(message));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
