package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.OrderType;
import astra.domain.ProtocolVersion;
import astra.domain.Side;
import astra.polymarket.auth.EnvironmentSecrets;
import astra.polymarket.json.OrderJson;
import astra.polymarket.json.PostOrderRequest;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderVerifyCommandTest {
    /** Hardhat's second public development key; not the vectors' key, so nothing is echoed. */
    private static final PrivateKey KEY =
            PrivateKey.fromHex("0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final Address WALLET = Address.of("0x2222222222222222222222222222222222222222");

    @TempDir
    Path dir;

    private static OrderV2 order(Address signer, SignatureType type) {
        return new OrderV2(1_234_567, signer, signer, new BigInteger("71321045679252212594626385532706912750332728571942532289631379312455583992563"),
                2_550_000, 5_000_000, Side.BUY, type, 1_780_000_000_000L, Bytes32.ZERO, Bytes32.ZERO, 0);
    }

    private Path body(SignedOrder signed) throws IOException {
        String json = OrderJson.postOrderBody(new PostOrderRequest(signed, "api-key", OrderType.GTC, false, false));
        return Files.writeString(dir.resolve("body.json"), json);
    }

    @Test
    void freshlySignedEoaBody_recoversTheKeysAddressAndTheOrderHash() throws IOException {
        SignedOrder signed = new OrderSigner(KEY, ExchangeContracts.domainFor(ProtocolVersion.V2, false, 137))
                .sign(order(KEY.address(), SignatureType.EOA));

        CliRun.Result r = CliRun.run("order", "verify", body(signed).toString());

        assertThat(r.err()).isEmpty();
        JsonNode out = r.json();
        assertThat(Address.of(out.get("signer").asText())).isEqualTo(KEY.address());
        assertThat(out.get("hash").asText()).isEqualTo(signed.orderHash().value());
        assertThat(out.get("signer_kind").asText()).isEqualTo("ecdsa");
        assertThat(out.get("signer_matches_declared").asBoolean()).isTrue();
    }

    @Test
    void bodySignedForThePlainExchange_verifiedAsNegRisk_recoversSomeoneElse() throws IOException {
        SignedOrder signed = new OrderSigner(KEY, ExchangeContracts.domainFor(ProtocolVersion.V2, false, 137))
                .sign(order(KEY.address(), SignatureType.EOA));

        JsonNode out = CliRun.run("order", "verify", body(signed).toString(), "--exchange", "negrisk").json();

        assertThat(Address.of(out.get("signer").asText())).isNotEqualTo(KEY.address());
        assertThat(out.get("hash").asText()).isNotEqualTo(signed.orderHash().value());
        assertThat(out.get("signer_matches_declared").asBoolean()).isFalse();
    }

    @Test
    void depositWalletBody_reportsTheWrappedOwnerAndSaysSo() throws IOException {
        SignedOrder signed = new OrderSigner(KEY, ExchangeContracts.domainFor(ProtocolVersion.V3, false, 137))
                .sign(order(WALLET, SignatureType.POLY_1271));

        JsonNode out = CliRun.run("order", "verify", body(signed).toString(), "--protocol", "v3").json();

        assertThat(Address.of(out.get("signer").asText())).isEqualTo(KEY.address());
        assertThat(out.get("signer_kind").asText()).isEqualTo("deposit_wallet_owner");
        assertThat(Address.of(out.get("wallet").asText())).isEqualTo(WALLET);
        assertThat(out.get("hash").asText()).isEqualTo(signed.orderHash().value());
    }

    @Test
    void signedByTheCommand_thenVerified_roundTripsThroughTheCli() throws IOException {
        JsonNode vector = SharedFixtures.eip712Vectors("OrderV2-EOA").get(0);
        Path order = Files.writeString(dir.resolve("order.json"), vector.get("order").toString());
        Map<String, String> env = Map.of(EnvironmentSecrets.PRIVATE_KEY, SharedFixtures.vectorKey());
        JsonNode signed = CliRun.run(env, "order", "sign", order.toString(), "--chain", "80002").json();
        ObjectNode withSignature = ((ObjectNode) vector.get("order").deepCopy()).put("signature",
                signed.get("signature").asText());
        Path body = Files.writeString(dir.resolve("body.json"), "{\"order\": " + withSignature + "}");

        JsonNode out = CliRun.run("order", "verify", body.toString(), "--chain", "80002").json();

        assertThat(out.get("signer").asText()).isEqualToIgnoringCase(SharedFixtures.eip712().get("signer_address").asText());
        assertThat(out.get("hash").asText()).isEqualTo(vector.get("order_hash").asText());
    }

    @Test
    void v1VectorBody_recoversTheVectorsSigner() throws IOException {
        JsonNode vector = SharedFixtures.eip712Vectors("OrderV1").get(0);
        ObjectNode order = ((ObjectNode) vector.get("order").deepCopy()).put("signature", vector.get("signature").asText());
        Path body = Files.writeString(dir.resolve("v1.json"), "{\"order\": " + order + "}");

        JsonNode out = CliRun.run("order", "verify", body.toString(), "--protocol", "v1", "--chain", "80002").json();

        assertThat(out.get("signer").asText()).isEqualToIgnoringCase(SharedFixtures.eip712().get("signer_address").asText());
        assertThat(out.get("hash").asText()).isEqualTo(vector.get("order_hash").asText());
    }
}
