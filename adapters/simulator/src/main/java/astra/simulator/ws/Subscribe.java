package astra.simulator.ws;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A market-channel request: the first {@code {"assets_ids": [...], "type": "market",
 * "custom_feature_enabled": true}} or a later {@code {"assets_ids": [...], "operation":
 * "subscribe"|"unsubscribe"}}.
 */
record Subscribe(List<String> assetIds, boolean unsubscribe, Optional<Boolean> customFeatures) {
    /** Parses a request; fails with a message on anything else. */
    static Subscribe parse(String text) {
        JsonObject o;
        try {
            o = new JsonObject(text);
        } catch (DecodeException | ClassCastException e) {
            throw new IllegalArgumentException("not a JSON object: " + abbreviate(text));
        }
        JsonArray ids = o.getJsonArray("assets_ids");
        if (ids == null) {
            throw new IllegalArgumentException("assets_ids is missing");
        }
        List<String> assets = new ArrayList<>();
        ids.forEach(id -> assets.add(String.valueOf(id)));
        String operation = o.getString("operation", "subscribe");
        if (!operation.equals("subscribe") && !operation.equals("unsubscribe")) {
            throw new IllegalArgumentException("unknown operation " + operation);
        }
        return new Subscribe(assets, operation.equals("unsubscribe"),
                Optional.ofNullable(o.getBoolean("custom_feature_enabled")));
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
