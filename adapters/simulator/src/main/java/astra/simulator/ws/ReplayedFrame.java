package astra.simulator.ws;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.LinkedHashSet;
import java.util.Set;

/** Which assets a recorded market frame concerns (empty: everyone gets it). */
final class ReplayedFrame {
    private ReplayedFrame() {}

    static Set<String> assetsOf(String frameText) {
        Object parsed;
        try {
            parsed = Json.decodeValue(frameText);
        } catch (DecodeException e) {
            throw new IllegalArgumentException("a replayed frame must be JSON: " + Subscribe.abbreviate(frameText), e);
        }
        Set<String> out = new LinkedHashSet<>();
        collect(parsed, out);
        return out;
    }

    private static void collect(Object value, Set<String> out) {
        if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, out));
        } else if (value instanceof JsonObject o) {
            if (o.getValue("asset_id") instanceof String id) {
                out.add(id);
            }
            collect(o.getValue("price_changes"), out);
            collect(o.getValue("changes"), out);
            if (o.getValue("assets_ids") instanceof JsonArray ids) {
                ids.forEach(id -> out.add(String.valueOf(id)));
            }
        }
    }
}
