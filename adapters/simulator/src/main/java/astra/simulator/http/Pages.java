package astra.simulator.http;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * The venue's cursor pages: {@code {data, next_cursor, limit, count}}, where a cursor is the
 * base64 of the next offset ("MA==" is the start) and "LTE=" (base64 of "-1") means no more.
 */
final class Pages {
    static final String START = "MA==";
    static final String END = "LTE=";
    static final int PAGE_SIZE = 100;

    private Pages() {}

    static JsonObject page(List<JsonObject> rows, String cursor, int pageSize) {
        if (END.equals(cursor)) {
            return new JsonObject().put("data", new JsonArray()).put("next_cursor", END).put("limit", pageSize).put("count", 0);
        }
        int from = offset(cursor);
        int to = Math.min(rows.size(), from + pageSize);
        JsonArray data = new JsonArray();
        rows.subList(Math.min(from, rows.size()), to).forEach(data::add);
        String next = to >= rows.size() ? END : encode(to);
        return new JsonObject().put("data", data).put("next_cursor", next).put("limit", pageSize).put("count", data.size());
    }

    private static int offset(String cursor) {
        if (cursor == null || cursor.isEmpty()) {
            return 0;
        }
        try {
            int offset = Integer.parseInt(new String(Base64.getDecoder().decode(cursor), StandardCharsets.US_ASCII));
            if (offset < 0) {
                throw VenueError.badRequest("invalid next_cursor");
            }
            return offset;
        } catch (IllegalArgumentException e) {
            throw VenueError.badRequest("invalid next_cursor");
        }
    }

    static String encode(int offset) {
        return Base64.getEncoder().encodeToString(Integer.toString(offset).getBytes(StandardCharsets.US_ASCII));
    }
}
