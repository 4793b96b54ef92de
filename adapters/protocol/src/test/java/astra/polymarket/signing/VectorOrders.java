package astra.polymarket.signing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;

/** Builds orders and domains from the JSON of the shared vectors. */
final class VectorOrders {
    private VectorOrders() {}

    static ExchangeDomain domain(JsonNode vector) {
        JsonNode d = vector.get("domain");
        return new ExchangeDomain(d.get("name").asText(), d.get("version").asText(),
                d.get("chainId").asLong(), Address.of(d.get("verifyingContract").asText()));
    }

    static OrderV2 orderV2(JsonNode vector) {
        JsonNode o = vector.get("order");
        return new OrderV2(
                Long.parseLong(o.get("salt").asText()),
                Address.of(o.get("maker").asText()),
                Address.of(o.get("signer").asText()),
                new BigInteger(o.get("tokenId").asText()),
                Long.parseLong(o.get("makerAmount").asText()),
                Long.parseLong(o.get("takerAmount").asText()),
                OrderSide.fromCode(Integer.parseInt(o.get("side").asText())),
                SignatureType.fromCode(Integer.parseInt(o.get("signatureType").asText())),
                Long.parseLong(o.get("timestamp").asText()),
                Bytes32.of(o.get("metadata").asText()),
                Bytes32.of(o.get("builder").asText()),
                0);
    }

    static OrderV1 orderV1(JsonNode vector) {
        JsonNode o = vector.get("order");
        return new OrderV1(
                Long.parseLong(o.get("salt").asText()),
                Address.of(o.get("maker").asText()),
                Address.of(o.get("signer").asText()),
                Address.of(o.get("taker").asText()),
                new BigInteger(o.get("tokenId").asText()),
                Long.parseLong(o.get("makerAmount").asText()),
                Long.parseLong(o.get("takerAmount").asText()),
                Long.parseLong(o.get("expiration").asText()),
                Long.parseLong(o.get("nonce").asText()),
                Long.parseLong(o.get("feeRateBps").asText()),
                OrderSide.fromCode(Integer.parseInt(o.get("side").asText())),
                SignatureType.fromCode(Integer.parseInt(o.get("signatureType").asText())));
    }
}
