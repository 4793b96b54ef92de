package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.EnvironmentSecrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bad input ends in a non-zero exit code and one line on stderr, never a trace or the key. */
class CommandErrorsTest {
    private static final String KEY = SharedFixtures.vectorKey();
    private static final Map<String, String> WITH_KEY = Map.of(EnvironmentSecrets.PRIVATE_KEY, KEY);
    /** 31 bytes of the real key: a key a person might paste cut short. */
    private static final String SHORT_KEY = KEY.substring(0, KEY.length() - 2);

    @TempDir
    static Path dir;

    private static JsonNode eoaOrder() {
        return SharedFixtures.eip712Vectors("OrderV2-EOA").get(0).get("order");
    }

    private static String file(String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content).toString();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String orderWith(String name, String field, String value) {
        ObjectNode order = eoaOrder().deepCopy();
        if (value == null) {
            order.remove(field);
        } else {
            order.put(field, value);
        }
        return file(name, order.toString());
    }

    static Stream<Arguments> badInputs() {
        String order = file("order.json", eoaOrder().toString());
        String v1Wallet = file("v1-wallet.json", ((ObjectNode) SharedFixtures.eip712Vectors("OrderV1").get(0)
                .get("order").deepCopy()).put("signatureType", "3").toString());
        JsonNode walletVector = SharedFixtures.eip712Vectors("OrderV2-POLY_1271").get(0);
        ObjectNode walletOrder = ((ObjectNode) walletVector.get("order").deepCopy())
                .put("signature", walletVector.get("signature").asText());
        String walletBody = file("wallet-body.json", "{\"order\": " + walletOrder + "}");
        ObjectNode unsigned = eoaOrder().deepCopy();
        String noSignature = file("no-signature.json", "{\"order\": " + unsigned + "}");
        String shortSignature = file("short-signature.json",
                "{\"order\": " + unsigned.deepCopy().put("signature", "0x1234") + "}");
        List<Arguments> cases = new ArrayList<>(List.of(
                Arguments.of("missing capture file", Map.of(), "no such file",
                        new String[] {"decode", dir.resolve("absent.jsonl").toString()}),
                Arguments.of("order that is not JSON", WITH_KEY, "not valid JSON",
                        new String[] {"order", "sign", file("broken.json", "{\"salt\": ")}),
                Arguments.of("order without salt", WITH_KEY, "order.salt is missing",
                        new String[] {"order", "sign", orderWith("no-salt.json", "salt", null)}),
                Arguments.of("order with an unknown side", WITH_KEY, "order.side",
                        new String[] {"order", "sign", orderWith("hold.json", "side", "HOLD")}),
                Arguments.of("order with a fractional amount", WITH_KEY, "order.makerAmount",
                        new String[] {"order", "sign", orderWith("fraction.json", "makerAmount", "1.5")}),
                Arguments.of("no key in the environment", Map.of(), "ASTRA_PRIVATE_KEY is not set",
                        new String[] {"order", "sign", order}),
                Arguments.of("key cut short", Map.of(EnvironmentSecrets.PRIVATE_KEY, SHORT_KEY),
                        "ASTRA_PRIVATE_KEY", new String[] {"order", "sign", order}),
                Arguments.of("key that is not hex", Map.of(EnvironmentSecrets.PRIVATE_KEY, "0x" + "zz".repeat(32)),
                        "ASTRA_PRIVATE_KEY", new String[] {"order", "sign", order}),
                Arguments.of("unknown protocol", WITH_KEY, "--protocol",
                        new String[] {"order", "sign", order, "--protocol", "v4"}),
                Arguments.of("unknown exchange", WITH_KEY, "--exchange",
                        new String[] {"order", "sign", order, "--exchange", "polymarket"}),
                Arguments.of("chain without known contracts", WITH_KEY, "no exchange contracts known for chain 5",
                        new String[] {"order", "sign", order, "--chain", "5"}),
                Arguments.of("chain that is not a number", WITH_KEY, "--chain",
                        new String[] {"order", "sign", order, "--chain", "polygon"}),
                Arguments.of("contract that is not an address", WITH_KEY, "--contract",
                        new String[] {"order", "sign", order, "--contract", "0x1234"}),
                Arguments.of("unknown option", WITH_KEY, "--fast",
                        new String[] {"order", "sign", order, "--fast"}),
                Arguments.of("EOA order naming another signer", WITH_KEY, "is not the signing key's address",
                        new String[] {"order", "sign", orderWith("other-signer.json", "signer",
                                "0x1111111111111111111111111111111111111111")}),
                Arguments.of("deposit wallet order on v1", WITH_KEY, "POLY_1271",
                        new String[] {"order", "sign", v1Wallet, "--protocol", "v1"}),
                Arguments.of("verify without an order body", Map.of(), "expected a POST /order body",
                        new String[] {"order", "verify", order}),
                Arguments.of("verify without a signature", Map.of(), "order.signature is missing",
                        new String[] {"order", "verify", noSignature}),
                Arguments.of("verify a signature of two bytes", Map.of(), "signature",
                        new String[] {"order", "verify", shortSignature}),
                Arguments.of("verify a wallet signature under the wrong exchange", Map.of(),
                        "another exchange domain",
                        new String[] {"order", "verify", walletBody, "--chain", "80002", "--exchange", "negrisk"}),
                Arguments.of("order without subcommand", Map.of(), "Missing required subcommand",
                        new String[] {"order"}),
                Arguments.of("l1 without nonce", WITH_KEY, "--nonce",
                        new String[] {"auth", "l1", "--timestamp", "10000000"}),
                Arguments.of("l1 without key", Map.of(), "ASTRA_PRIVATE_KEY is not set",
                        new String[] {"auth", "l1", "--timestamp", "10000000", "--nonce", "0"}),
                Arguments.of("l1 with a negative nonce", WITH_KEY, "must not be negative",
                        new String[] {"auth", "l1", "--timestamp", "10000000", "--nonce", "-1"})));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void badInput_exitsNonZeroWithOneLineOnStderrAndNothingOnStdout(
            String situation, Map<String, String> env, String expected, String[] args) {
        CliRun.Result r = CliRun.run(env, args);

        assertThat(r.exitCode()).as(situation).isNotZero();
        assertThat(r.out()).as(situation).isEmpty();
        assertThat(r.err().strip()).as(situation)
                .startsWith("astra ")
                .contains(expected)
                .doesNotContain("\n")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        String keyDigits = KEY.substring(2);
        assertThat(r.err()).as(situation)
                .doesNotContain(keyDigits)
                .doesNotContain(SHORT_KEY.substring(2));
    }
}
