package astra.cli.venue;

import astra.domain.Side;
import astra.polymarket.signing.Address;
import astra.polymarket.signing.Bytes32;
import astra.polymarket.signing.OrderV1;
import astra.polymarket.signing.OrderV2;
import astra.polymarket.signing.SignatureType;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.Locale;

/**
 * Reads an order's fields from JSON in either of the shapes in use: the SDKs' and vectors' (every
 * value a string, side and signatureType as codes) and the POST /order body's (salt and
 * signatureType as numbers, side "BUY"/"SELL", addresses checksummed). Integers are taken exactly
 * or refused; every error names the field.
 */
final class OrderFields {
    private final JsonNode order;

    private OrderFields(JsonNode order) {
        this.order = order;
    }

    static OrderV2 v2(JsonNode order) {
        OrderFields f = new OrderFields(order);
        return new OrderV2(f.uint64("salt"), f.address("maker"), f.address("signer"), f.uint256("tokenId"),
                f.uint64("makerAmount"), f.uint64("takerAmount"), f.side(), f.signatureType(),
                f.uint64("timestamp"), f.bytes32("metadata"), f.bytes32("builder"),
                // Travels in the body but is not signed, so an order without it still has one hash.
                f.has("expiration") ? f.uint64("expiration") : 0);
    }

    static OrderV1 v1(JsonNode order) {
        OrderFields f = new OrderFields(order);
        return new OrderV1(f.uint64("salt"), f.address("maker"), f.address("signer"), f.address("taker"),
                f.uint256("tokenId"), f.uint64("makerAmount"), f.uint64("takerAmount"), f.uint64("expiration"),
                f.uint64("nonce"), f.uint64("feeRateBps"), f.side(), f.signatureType());
    }

    /** The signed body's {@code signature}. */
    static String signature(JsonNode order) {
        return new OrderFields(order).text("signature");
    }

    /** The value as text: a string as written, a number in plain digits. */
    private String text(String field) {
        JsonNode value = order.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("order." + field + " is missing");
        }
        if (value.isTextual()) {
            return value.textValue().strip();
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().toString();
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        throw new IllegalArgumentException("order." + field + " must be a string or a number");
    }

    private boolean has(String field) {
        JsonNode value = order.get(field);
        return value != null && !value.isNull();
    }

    private BigInteger uint256(String field) {
        String text = text(field);
        BigInteger value;
        try {
            value = new BigInteger(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("order." + field + " must be an integer, got '" + text + "'");
        }
        if (value.signum() < 0 || value.bitLength() > 256) {
            throw new IllegalArgumentException("order." + field + " must be a uint256, got " + text);
        }
        return value;
    }

    private long uint64(String field) {
        BigInteger value = uint256(field);
        if (value.bitLength() > 63) {
            throw new IllegalArgumentException("order." + field + " is too large for this tool: " + value);
        }
        return value.longValueExact();
    }

    private Address address(String field) {
        String text = text(field);
        try {
            return Address.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("order." + field + ": " + e.getMessage());
        }
    }

    private Bytes32 bytes32(String field) {
        String text = text(field);
        try {
            return Bytes32.of(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("order." + field + ": " + e.getMessage());
        }
    }

    /** 0 or "BUY" is a buy, 1 or "SELL" a sell. */
    private Side side() {
        String text = text("side").toUpperCase(Locale.ROOT);
        return switch (text) {
            case "0", "BUY" -> Side.BUY;
            case "1", "SELL" -> Side.SELL;
            default -> throw new IllegalArgumentException("order.side must be 0, 1, BUY or SELL, got '" + text + "'");
        };
    }

    /** A code (0 EOA, 1 POLY_PROXY, 2 POLY_GNOSIS_SAFE, 3 POLY_1271) or the type's name. */
    private SignatureType signatureType() {
        String text = text("signatureType").toUpperCase(Locale.ROOT);
        for (SignatureType type : SignatureType.values()) {
            if (text.equals(type.name()) || text.equals(Integer.toString(type.code()))) {
                return type;
            }
        }
        throw new IllegalArgumentException("order.signatureType must be 0-3 or one of EOA, POLY_PROXY,"
                + " POLY_GNOSIS_SAFE, POLY_1271, got '" + text + "'");
    }
}
