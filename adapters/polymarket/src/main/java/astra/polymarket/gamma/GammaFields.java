package astra.polymarket.gamma;

import astra.polymarket.rest.VenueJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Gamma's loosely typed fields: numbers that may be text, lists that are JSON-encoded
 * strings, and two timestamp styles ({@code 2026-03-12T09:25:00Z} and {@code 2026-04-05 15:10:00+00}).
 * Each error names the object and the field.
 */
final class GammaFields {
    /** Gamma's second timestamp style, as in {@code gameStartTime: "2026-04-05 15:10:00+00"}. */
    private static final DateTimeFormatter SPACED = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd HH:mm:ss")
            .optionalStart().appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .appendOffset("+HH:mm", "+00")
            .toFormatter();

    private final JsonNode node;
    private final String where;

    GammaFields(JsonNode node, String where) {
        if (node == null || !node.isObject()) {
            throw new GammaFormatException(where + " is not a JSON object");
        }
        this.node = node;
        this.where = where;
    }

    String text(String name) {
        return optText(name).orElseThrow(() -> fail(name, "is missing"));
    }

    Optional<String> optText(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isValueNode() || v.isBoolean()) {
            throw fail(name, "is not text but " + v.getNodeType());
        }
        String s = v.isBigDecimal() ? v.decimalValue().toPlainString() : v.asText().trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    boolean bool(String name, boolean absent) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual() && (v.textValue().equals("true") || v.textValue().equals("false"))) {
            return Boolean.parseBoolean(v.textValue());
        }
        throw fail(name, "is not a boolean: " + v);
    }

    /** A number written as a JSON number or as text, read exactly. */
    Optional<BigDecimal> optDecimal(String name) {
        JsonNode v = node.get(name);
        if (v != null && v.isFloatingPointNumber() && !v.isBigDecimal()) {
            throw fail(name, "was read as a double; read Gamma JSON with VenueJson");
        }
        return optText(name).map(s -> {
            try {
                return new BigDecimal(s);
            } catch (NumberFormatException e) {
                throw fail(name, "is not a number: '" + s + "'");
            }
        });
    }

    BigDecimal decimal(String name) {
        return optDecimal(name).orElseThrow(() -> fail(name, "is missing"));
    }

    /** A list of strings written as a JSON array or as a JSON-encoded string holding one. */
    List<String> stringList(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            throw fail(name, "is missing");
        }
        JsonNode array = v;
        if (v.isTextual()) {
            try {
                array = VenueJson.read(v.textValue());
            } catch (IOException e) {
                throw new GammaFormatException(where + ": field '" + name + "' is not a JSON-encoded list", e);
            }
        }
        if (!array.isArray()) {
            throw fail(name, "is not a list");
        }
        List<String> out = new ArrayList<>(array.size());
        array.forEach(e -> out.add(e.asText()));
        return out;
    }

    Optional<Instant> optInstant(String name) {
        return optText(name).map(s -> {
            try {
                return OffsetDateTime.parse(s).toInstant();
            } catch (DateTimeParseException iso) {
                try {
                    return OffsetDateTime.parse(s, SPACED).toInstant();
                } catch (DateTimeParseException spaced) {
                    throw fail(name, "is not a timestamp: '" + s + "'");
                }
            }
        });
    }

    Optional<JsonNode> optObject(String name) {
        JsonNode v = node.get(name);
        if (v == null || v.isNull()) {
            return Optional.empty();
        }
        if (!v.isObject()) {
            throw fail(name, "is not an object");
        }
        return Optional.of(v);
    }

    GammaFormatException fail(String name, String problem) {
        return new GammaFormatException(where + ": field '" + name + "' " + problem);
    }
}
