package astra.polymarket.ws;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reusable scratch for one user channel message: its scalar fields by name, its
 * {@code associate_trades} and its {@code maker_orders} legs. The user channel carries our own
 * orders and trades, a few messages a second at most, so a map per message is cheap enough and
 * keeps the reading generic.
 */
final class UserFields {
    final Map<String, String> values = new HashMap<>();
    final List<String> associateTrades = new ArrayList<>();
    final List<Map<String, String>> legs = new ArrayList<>();

    String get(String name) {
        return values.get(name);
    }

    void read(JsonParser p) throws IOException {
        values.clear();
        associateTrades.clear();
        legs.clear();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "associate_trades" -> JsonValues.strings(p, associateTrades, name);
                case "maker_orders" -> readLegs(p);
                default -> {
                    if (p.currentToken().isScalarValue()) {
                        values.put(name, JsonValues.scalar(p, name));
                    } else {
                        p.skipChildren();
                    }
                }
            }
        }
    }

    private void readLegs(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw DecodeException.invalid("maker_orders", "expected an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw DecodeException.invalid("maker_orders", "expected objects in the array");
            }
            Map<String, String> leg = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                if (p.currentToken().isScalarValue()) {
                    leg.put(name, JsonValues.scalar(p, "maker_orders." + name));
                } else {
                    p.skipChildren();
                }
            }
            legs.add(leg);
        }
    }
}
