package astra.polymarket.clob;

import astra.domain.ConditionId;
import astra.domain.OrderId;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads fields of venue answers. Every reader fails with an {@link IllegalArgumentException}
 * naming the field when it is missing or of the wrong kind; the client turns that into a counted
 * {@link MalformedAnswerException}.
 */
final class Fields {
    private Fields() {}

    static JsonNode required(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected an object holding '" + name + "'");
        }
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isMissingNode()) {
            throw new IllegalArgumentException("field '" + name + "' is missing");
        }
        return v;
    }

    /** The text of a string or number field (the venue writes some numbers either way). */
    static String text(JsonNode node, String name) {
        JsonNode v = required(node, name);
        if (!v.isTextual() && !v.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not text: " + v.getNodeType());
        }
        return numberText(v, name);
    }

    /** Empty when the field is absent, null or an empty string. */
    static Optional<String> optText(JsonNode node, String name) {
        if (node == null || !node.isObject()) {
            throw new IllegalArgumentException("expected an object holding '" + name + "'");
        }
        JsonNode v = node.get(name);
        if (v == null || v.isNull() || v.isMissingNode()) {
            return Optional.empty();
        }
        if (!v.isTextual() && !v.isNumber()) {
            throw new IllegalArgumentException("field '" + name + "' is not text: " + v.getNodeType());
        }
        String s = numberText(v, name);
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    static BigDecimal decimal(JsonNode node, String name) {
        return parseDecimal(text(node, name), name);
    }

    /** Zero when absent or empty: the venue leaves amounts empty on a failed post. */
    static BigDecimal decimalOrZero(JsonNode node, String name) {
        return optText(node, name).map(s -> parseDecimal(s, name)).orElse(BigDecimal.ZERO);
    }

    static Price price(JsonNode node, String name) {
        return Price.parse(text(node, name));
    }

    static Shares shares(JsonNode node, String name) {
        return Shares.parse(text(node, name));
    }

    static Side side(JsonNode node, String name) {
        String s = text(node, name);
        return switch (s.toUpperCase(java.util.Locale.ROOT)) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw new IllegalArgumentException("field '" + name + "' is not BUY/SELL: " + s);
        };
    }

    static OrderId orderId(JsonNode node, String name) {
        return new OrderId(text(node, name));
    }

    static TokenId tokenId(JsonNode node, String name) {
        return new TokenId(text(node, name));
    }

    static ConditionId conditionId(JsonNode node, String name) {
        return new ConditionId(text(node, name));
    }

    /** Unix seconds, written as a number or as decimal text. */
    static Instant epochSeconds(JsonNode node, String name) {
        return Instant.ofEpochSecond(longValue(text(node, name), name));
    }

    /** Empty when absent, null, empty or 0 (the venue's "no expiration"). */
    static Optional<Instant> optEpochSeconds(JsonNode node, String name) {
        return optText(node, name).map(s -> longValue(s, name)).filter(s -> s != 0).map(Instant::ofEpochSecond);
    }

    static long longValue(String text, String name) {
        try {
            return parseDecimal(text, name).longValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a whole number: " + text, e);
        }
    }

    static boolean bool(JsonNode node, String name) {
        JsonNode v = required(node, name);
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && ("true".equals(v.textValue()) || "false".equals(v.textValue()))) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw new IllegalArgumentException("field '" + name + "' is not a boolean: " + v);
    }

    /** The elements of an array field; an absent or null field is an empty list. */
    static <T> List<T> list(JsonNode node, String name, Function<JsonNode, T> element) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return List.of();
        }
        return elements(v, name, element);
    }

    static <T> List<T> elements(JsonNode array, String what, Function<JsonNode, T> element) {
        if (!array.isArray()) {
            throw new IllegalArgumentException(what + " is not an array: " + array.getNodeType());
        }
        List<T> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            try {
                out.add(element.apply(array.get(i)));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(what + "[" + i + "]: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String numberText(JsonNode v, String name) {
        if (v.isTextual()) {
            return v.textValue().trim();
        }
        if (v.isFloatingPointNumber() && !v.isBigDecimal()) {
            // A double node means the tree was read without BigDecimal floats: its digits are
            // already rounded, so refuse rather than pass on a possibly inexact value.
            throw new IllegalArgumentException("field '" + name + "' was read as a double; read venue JSON with"
                    + " VenueJson");
        }
        return v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText();
    }

    private static BigDecimal parseDecimal(String text, String name) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("field '" + name + "' is not a decimal: '" + text + "'", e);
        }
    }
}
