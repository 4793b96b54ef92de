package astra.polymarket.signing;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.web3j.crypto.StructuredDataEncoder;

/**
 * The reference path: builds the typed-data JSON document for an order and lets web3j's
 * {@code StructuredDataEncoder} hash it. Slow (a JSON parse per order) and used only to
 * cross-check the fast encoder.
 */
final class NaiveTypedDataHasher {
    private static final String DOMAIN_TYPE = "[{\"name\":\"name\",\"type\":\"string\"},"
            + "{\"name\":\"version\",\"type\":\"string\"},"
            + "{\"name\":\"chainId\",\"type\":\"uint256\"},"
            + "{\"name\":\"verifyingContract\",\"type\":\"address\"}]";

    private static final String ORDER_V2_TYPE = "[{\"name\":\"salt\",\"type\":\"uint256\"},"
            + "{\"name\":\"maker\",\"type\":\"address\"},"
            + "{\"name\":\"signer\",\"type\":\"address\"},"
            + "{\"name\":\"tokenId\",\"type\":\"uint256\"},"
            + "{\"name\":\"makerAmount\",\"type\":\"uint256\"},"
            + "{\"name\":\"takerAmount\",\"type\":\"uint256\"},"
            + "{\"name\":\"side\",\"type\":\"uint8\"},"
            + "{\"name\":\"signatureType\",\"type\":\"uint8\"},"
            + "{\"name\":\"timestamp\",\"type\":\"uint256\"},"
            + "{\"name\":\"metadata\",\"type\":\"bytes32\"},"
            + "{\"name\":\"builder\",\"type\":\"bytes32\"}]";

    private static final String ORDER_V1_TYPE = "[{\"name\":\"salt\",\"type\":\"uint256\"},"
            + "{\"name\":\"maker\",\"type\":\"address\"},"
            + "{\"name\":\"signer\",\"type\":\"address\"},"
            + "{\"name\":\"taker\",\"type\":\"address\"},"
            + "{\"name\":\"tokenId\",\"type\":\"uint256\"},"
            + "{\"name\":\"makerAmount\",\"type\":\"uint256\"},"
            + "{\"name\":\"takerAmount\",\"type\":\"uint256\"},"
            + "{\"name\":\"expiration\",\"type\":\"uint256\"},"
            + "{\"name\":\"nonce\",\"type\":\"uint256\"},"
            + "{\"name\":\"feeRateBps\",\"type\":\"uint256\"},"
            + "{\"name\":\"side\",\"type\":\"uint8\"},"
            + "{\"name\":\"signatureType\",\"type\":\"uint8\"}]";

    private NaiveTypedDataHasher() {}

    static StructuredDataEncoder encoder(ExchangeDomain domain, OrderV2 o) {
        String message = "{\"salt\":\"" + o.salt() + "\",\"maker\":\"" + o.maker()
                + "\",\"signer\":\"" + o.signer() + "\",\"tokenId\":\"" + o.tokenId()
                + "\",\"makerAmount\":\"" + o.makerAmount() + "\",\"takerAmount\":\""
                + o.takerAmount() + "\",\"side\":" + o.side().code()
                + ",\"signatureType\":" + o.signatureType().code() + ",\"timestamp\":\""
                + o.timestampMs() + "\",\"metadata\":\"" + o.metadata() + "\",\"builder\":\""
                + o.builder() + "\"}";
        return parse(domain, ORDER_V2_TYPE, message);
    }

    static StructuredDataEncoder encoder(ExchangeDomain domain, OrderV1 o) {
        String message = "{\"salt\":\"" + o.salt() + "\",\"maker\":\"" + o.maker()
                + "\",\"signer\":\"" + o.signer() + "\",\"taker\":\"" + o.taker()
                + "\",\"tokenId\":\"" + o.tokenId() + "\",\"makerAmount\":\"" + o.makerAmount()
                + "\",\"takerAmount\":\"" + o.takerAmount() + "\",\"expiration\":\""
                + o.expiration() + "\",\"nonce\":\"" + o.nonce() + "\",\"feeRateBps\":\""
                + o.feeRateBps() + "\",\"side\":" + o.side().code() + ",\"signatureType\":"
                + o.signatureType().code() + "}";
        return parse(domain, ORDER_V1_TYPE, message);
    }

    static byte[] orderHash(ExchangeDomain domain, OrderV2 order) {
        return encoder(domain, order).hashStructuredData();
    }

    static byte[] orderHash(ExchangeDomain domain, OrderV1 order) {
        return encoder(domain, order).hashStructuredData();
    }

    private static StructuredDataEncoder parse(ExchangeDomain domain, String orderType,
            String message) {
        String json = "{\"types\":{\"EIP712Domain\":" + DOMAIN_TYPE + ",\"Order\":" + orderType
                + "},\"primaryType\":\"Order\",\"domain\":{\"name\":\"" + domain.name()
                + "\",\"version\":\"" + domain.version() + "\",\"chainId\":" + domain.chainId()
                + ",\"verifyingContract\":\"" + domain.verifyingContract() + "\"},\"message\":"
                + message + "}";
        try {
            return new StructuredDataEncoder(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
