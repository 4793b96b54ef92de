package astra.polymarket.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.OrderType;
import astra.polymarket.signing.ExchangeVersion;
import astra.polymarket.signing.OrderSide;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.ExchangeContracts;
import astra.polymarket.signing.OrderSigner;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.PrivateKey;
import astra.polymarket.signing.SignatureType;
import astra.polymarket.signing.SignedOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderJsonTest {
    private static final PrivateKey KEY = PrivateKey.fromHex(
            "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static SignedOrder signed(long expiration) {
        OrderV2 order = new OrderV2(479249096354L, KEY.address(), KEY.address(),
                new BigInteger("71321045679252212594626385532706912750332728571942532289631379312455583992563"),
                2_500_000, 5_000_000, OrderSide.SELL, SignatureType.EOA, 1_780_000_000_000L,
                Bytes32.ZERO, Bytes32.ZERO, expiration);
        return new OrderSigner(KEY,
                ExchangeContracts.domainFor(ExchangeVersion.V2, false, 137)).sign(order);
    }

    @Test
    void postOrderBody_hasTheV2ShapeWithNumbersAndStringsWhereTheVenueWantsThem()
            throws Exception {
        SignedOrder signed = signed(0);
        String body = OrderJson.postOrderBody(
                new PostOrderRequest(signed, "owner-key", OrderType.GTC, true, false));
        JsonNode json = MAPPER.readTree(body);
        JsonNode order = json.get("order");

        List<String> orderFields = new ArrayList<>();
        order.fieldNames().forEachRemaining(orderFields::add);
        assertThat(orderFields).containsExactly("salt", "maker", "signer", "tokenId",
                "makerAmount", "takerAmount", "side", "expiration", "signatureType", "timestamp",
                "metadata", "builder", "signature");
        assertThat(order.get("salt").isNumber()).isTrue();
        assertThat(order.get("salt").asLong()).isEqualTo(479249096354L);
        assertThat(order.get("signatureType").isInt()).isTrue();
        assertThat(order.get("makerAmount").asText()).isEqualTo("2500000");
        assertThat(order.get("tokenId").isTextual()).isTrue();
        assertThat(order.get("side").asText()).isEqualTo("SELL");
        assertThat(order.get("timestamp").asText()).isEqualTo("1780000000000");
        assertThat(order.get("expiration").asText()).isEqualTo("0");
        assertThat(order.get("maker").asText())
                .isEqualTo("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
        assertThat(order.get("signature").asText()).isEqualTo(signed.signature());
        assertThat(json.get("owner").asText()).isEqualTo("owner-key");
        assertThat(json.get("orderType").asText()).isEqualTo("GTC");
        assertThat(json.get("postOnly").asBoolean()).isTrue();
        assertThat(json.get("deferExec").asBoolean()).isFalse();
        assertThat(body).doesNotContain(" ").doesNotContain("taker\"").doesNotContain("nonce");
    }

    @Test
    void postOnlyWithAnImmediateType_isRefused() {
        assertThatThrownBy(() -> new PostOrderRequest(signed(0), "o", OrderType.FOK, true, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("postOnly");
    }

    @Test
    void gtdWithoutExpiration_isRefused() {
        assertThatThrownBy(() -> new PostOrderRequest(signed(0), "o", OrderType.GTD, false, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a GTD order needs an expiration");
    }

    @Test
    void gtdBody_carriesItsExpirationAsText() throws Exception {
        String body = OrderJson.postOrderBody(
                new PostOrderRequest(signed(1_780_000_120L), "o", OrderType.GTD, false, false));

        assertThat(MAPPER.readTree(body).get("order").get("expiration").asText())
                .isEqualTo("1780000120");
    }

    @Test
    void batchOfSixteen_isRefused() {
        PostOrderRequest one = new PostOrderRequest(signed(0), "o", OrderType.GTC, false, false);

        assertThatThrownBy(() -> OrderJson.postOrdersBody(Collections.nCopies(16, one)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a batch holds 1 to 15 orders, got 16");
    }

    @Test
    void batchOfTwo_isAnArrayOfTwoBodies() throws Exception {
        PostOrderRequest one = new PostOrderRequest(signed(0), "o", OrderType.GTC, false, false);

        JsonNode batch = MAPPER.readTree(OrderJson.postOrdersBody(List.of(one, one)));

        assertThat(batch.isArray()).isTrue();
        assertThat(batch).hasSize(2);
        assertThat(batch.get(1).toString()).isEqualTo(OrderJson.postOrderBody(one));
    }
}
