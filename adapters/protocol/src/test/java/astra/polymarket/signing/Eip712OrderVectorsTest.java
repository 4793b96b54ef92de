package astra.polymarket.signing;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.SigningFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Pins order hashing and signing to the shared vectors, byte for byte. */
class Eip712OrderVectorsTest {
    private final PrivateKey key = PrivateKey.fromHex(SigningFixtures.signerPrivateKey());

    @Test
    void vectorKey_controlsTheVectorAddress() {
        assertThat(key.address()).isEqualTo(Address.of(SigningFixtures.signerAddress()));
        // The public development key's well-known address, so an empty fixture cannot pass.
        assertThat(key.address().checksummed())
                .isEqualTo("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
    }

    @Test
    void orderV1Vector_hashAndSignatureMatchByteForByte() {
        JsonNode vector = SigningFixtures.eip712Vector("OrderV1");
        ExchangeDomain domain = VectorOrders.domain(vector);
        OrderV1 order = VectorOrders.orderV1(vector);

        Bytes32 hash = order.hash(domain);
        EcdsaSignature signature = Secp256k1.sign(hash.bytes(), key);

        assertThat(hash.value()).isEqualTo(vector.get("order_hash").asText())
                .isEqualTo(vector.get("expected_upstream_hash").asText())
                .startsWith("0x02ca1d1aa311");
        assertThat(signature.hex()).isEqualTo(vector.get("signature").asText())
                .isEqualTo(vector.get("expected_upstream_signature").asText());
    }

    @Test
    void orderV2EoaVector_structHashOrderHashAndSignatureMatch() {
        JsonNode vector = SigningFixtures.eip712Vector("OrderV2-EOA");
        ExchangeDomain domain = VectorOrders.domain(vector);
        OrderV2 order = VectorOrders.orderV2(vector);

        SignedOrder signed = new OrderSigner(key, domain).sign(order);

        assertThat(Hex.of(order.structHash())).isEqualTo(vector.get("order_struct_hash").asText());
        assertThat(signed.orderHash().value()).isEqualTo(vector.get("order_hash").asText())
                .startsWith("0x962c97b1");
        assertThat(signed.signature()).isEqualTo(vector.get("signature").asText());
        assertThat(signed.orderId()).isEqualTo(signed.orderHash().value());
    }

    @Test
    void orderV2EoaVector_isTheV2ExchangeOnAmoy() {
        JsonNode vector = SigningFixtures.eip712Vector("OrderV2-EOA");
        assertThat(VectorOrders.domain(vector)).isEqualTo(ExchangeContracts.domainFor(
                ExchangeVersion.V2, false, ExchangeContracts.AMOY));
    }

    @Test
    void poly1271Vector_wrappedSignatureMatchesByteForByte() {
        JsonNode vector = SigningFixtures.eip712Vector("OrderV2-POLY_1271");
        ExchangeDomain domain = VectorOrders.domain(vector);
        OrderV2 order = VectorOrders.orderV2(vector);

        SignedOrder signed = new OrderSigner(key, domain).sign(order);

        assertThat(Hex.of(order.structHash())).isEqualTo(vector.get("order_struct_hash").asText());
        assertThat(signed.signature()).isEqualTo(vector.get("signature").asText())
                .isEqualTo(vector.get("expected_upstream_signature").asText());
        // The order id of this order as py-clob-client-v2's builder test states it (a fact of the
        // upstream test, not in our fixture): the plain EIP-712 hash, wrapper or not.
        assertThat(signed.orderHash().value())
                .isEqualTo("0x2afca94626db91b2d556c351584a4cd93e13da32e377dc48c7983e43afa5ab47");
    }

    @Test
    void poly1271Vector_layoutIsSignatureSeparatorContentsTypeAndLength() {
        JsonNode vector = SigningFixtures.eip712Vector("OrderV2-POLY_1271");
        ExchangeDomain domain = VectorOrders.domain(vector);
        OrderV2 order = VectorOrders.orderV2(vector);
        byte[] wrapped = Hex.parse(vector.get("signature").asText(), "signature");
        byte[] type = OrderV2.TYPE.getBytes(StandardCharsets.UTF_8);

        // 65 (r‖s‖v) + 32 (exchange separator) + 32 (order struct hash) + 186 (type) + 2 = 317
        assertThat(type).hasSize(186);
        assertThat(wrapped).hasSize(317);
        byte[] inner = Arrays.copyOfRange(wrapped, 0, 65);
        assertThat(Arrays.copyOfRange(wrapped, 65, 97)).isEqualTo(domain.separator());
        assertThat(Arrays.copyOfRange(wrapped, 97, 129)).isEqualTo(order.structHash());
        assertThat(new String(Arrays.copyOfRange(wrapped, 129, 315), StandardCharsets.UTF_8))
                .isEqualTo(OrderV2.TYPE);
        assertThat(Arrays.copyOfRange(wrapped, 315, 317)).containsExactly(0x00, 0xba);

        // The inner signature is the owner's over the TypedDataSign digest bound to the wallet.
        byte[] digest = Eip712.digest(domain.separator(), DepositWalletSignature
                .typedDataSignHash(order.structHash(), domain.chainId(), order.signer()));
        assertThat(Secp256k1.recoverSigner(digest, EcdsaSignature.fromBytes(inner)))
                .isEqualTo(key.address());
    }

    @Test
    void eoaVectorSignature_recoversToTheSigner() {
        JsonNode vector = SigningFixtures.eip712Vector("OrderV2-EOA");
        byte[] digest = Hex.parse(vector.get("order_hash").asText(), 32, "order hash");

        Address recovered = Secp256k1.recoverSigner(digest, vector.get("signature").asText());

        assertThat(recovered).isEqualTo(Address.of(SigningFixtures.signerAddress()));
    }
}
