package astra.polymarket.clob;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a cursor-paged read: {@code {"data": [...], "next_cursor": "..."}}. The venue
 * starts at {@link #FIRST} and marks the last page with {@link #END}.
 */
public record CursorPage<T>(List<T> data, String nextCursor) {
    public static final String FIRST = "MA==";
    public static final String END = "LTE=";

    public CursorPage {
        data = List.copyOf(data);
        Objects.requireNonNull(nextCursor, "nextCursor");
    }

    public boolean isLast() {
        return END.equals(nextCursor);
    }

    static <T> CursorPage<T> from(JsonNode n, Function<JsonNode, T> element) {
        return new CursorPage<>(Fields.elements(Fields.required(n, "data"), "data", element),
                Fields.text(n, "next_cursor"));
    }
}
