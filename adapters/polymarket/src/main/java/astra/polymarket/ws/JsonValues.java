package astra.polymarket.ws;

import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.polymarket.json.DecimalText;
import astra.polymarket.json.EpochText;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reading the venue's field values, for the decoders of this package. Every failure is a
 * {@link DecodeException} naming the field; absent, null and blank all count as missing, because
 * the venue writes an unknown value in each of those ways ({@code "size_matched": ""},
 * {@code "associate_trades": null}).
 */
final class JsonValues {
    private JsonValues() {}

    /** The current scalar token as text, or null for JSON null; an object or array is invalid. */
    static String scalar(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            throw DecodeException.invalid(field, "expected a value, found " + t);
        }
        return p.getText();
    }

    /** The current token (a decimal string or a JSON number) as exact micros. */
    static long micros(JsonParser p, String field) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw t == JsonToken.VALUE_NULL ? DecodeException.missing(field)
                    : DecodeException.invalid(field, "expected a decimal, found " + t);
        }
        if (p.getTextLength() == 0) {
            throw DecodeException.missing(field);
        }
        try {
            return DecimalText.micros(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        } catch (IllegalArgumentException e) {
            throw DecodeException.invalid(field, e.getMessage());
        }
    }

    /** Reads an array of scalars into {@code out}; JSON null leaves it empty. */
    static void strings(JsonParser p, List<String> out, String field) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw DecodeException.invalid(field, "expected an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            String s = scalar(p, field + "[]");
            if (s != null && !s.isBlank()) {
                out.add(s);
            }
        }
    }

    static boolean isBlank(String v) {
        return v == null || v.isBlank();
    }

    static String require(String v, String field) {
        if (isBlank(v)) {
            throw DecodeException.missing(field);
        }
        return v;
    }

    static Optional<String> optional(String v) {
        return isBlank(v) ? Optional.empty() : Optional.of(v);
    }

    static Price price(String v, String field) {
        return new Price(decimal(v, field));
    }

    static Optional<Price> optionalPrice(String v, String field) {
        return isBlank(v) ? Optional.empty() : Optional.of(price(v, field));
    }

    static Shares shares(String v, String field) {
        return new Shares(decimal(v, field));
    }

    static Optional<Shares> optionalShares(String v, String field) {
        return isBlank(v) ? Optional.empty() : Optional.of(shares(v, field));
    }

    private static long decimal(String v, String field) {
        require(v, field);
        try {
            long micros = DecimalText.micros(v);
            if (micros < 0) {
                throw DecodeException.invalid(field, "negative: " + v);
            }
            return micros;
        } catch (IllegalArgumentException e) {
            throw DecodeException.invalid(field, e.getMessage());
        }
    }

    static Side side(String v, String field) {
        require(v, field);
        if ("BUY".equalsIgnoreCase(v)) {
            return Side.BUY;
        }
        if ("SELL".equalsIgnoreCase(v)) {
            return Side.SELL;
        }
        throw DecodeException.invalid(field, "unknown side '" + v + "'");
    }

    static Instant time(String v, String field) {
        require(v, field);
        try {
            return Instant.ofEpochMilli(EpochText.parseMillis(v.trim()));
        } catch (IllegalArgumentException e) {
            throw DecodeException.invalid(field, e.getMessage());
        }
    }

    static Optional<Instant> optionalTime(String v, String field) {
        return isBlank(v) ? Optional.empty() : Optional.of(time(v, field));
    }

    static Optional<Integer> optionalInt(String v, String field) {
        if (isBlank(v)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Integer.parseInt(v.trim()));
        } catch (NumberFormatException e) {
            throw DecodeException.invalid(field, "not an integer: '" + v + "'");
        }
    }

    /** Parses an enum constant by name, case-insensitively, naming the field when it fails. */
    static <E extends Enum<E>> E constant(Class<E> type, String v, String field) {
        require(v, field);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v.trim())) {
                return e;
            }
        }
        throw DecodeException.invalid(field, "unknown value '" + v + "'");
    }
}
