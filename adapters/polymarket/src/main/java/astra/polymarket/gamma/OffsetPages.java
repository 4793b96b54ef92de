package astra.polymarket.gamma;

import astra.polymarket.rest.EndpointFamily;
import astra.polymarket.rest.RestTransport;
import astra.polymarket.rest.RestTransport.Idempotency;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Reads a list that Gamma and the data-API page by {@code limit}/{@code offset}: pages until a
 * short one, keeping the first row of each key, and stops early when a page adds nothing (a server
 * that ignores {@code offset}). Rows that cannot be read go to {@code onUnreadable}.
 */
final class OffsetPages {
    /** Pages followed at most. */
    static final int MAX_PAGES = 200;

    private final RestTransport transport;
    private final int pageSize;

    OffsetPages(RestTransport transport, int pageSize) {
        this.transport = transport;
        this.pageSize = pageSize;
    }

    /** {@code base} already holds a query ("?..."): paging parameters are appended with "&". */
    <T> List<T> read(String base, Function<JsonNode, T> parse, Function<T, Object> key,
            Consumer<GammaFormatException> onUnreadable) {
        Map<Object, T> out = new LinkedHashMap<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            String target = base + "&limit=" + pageSize + "&offset=" + (page * pageSize);
            JsonNode answer = transport.send("GET", target, null, EndpointFamily.OTHER, 1, Idempotency.IDEMPOTENT);
            if (answer == null || !answer.isArray()) {
                throw new GammaFormatException("GET " + target + " did not answer a list");
            }
            int before = out.size();
            for (T element : elements(answer, parse, onUnreadable)) {
                out.putIfAbsent(key.apply(element), element);
            }
            // A short page ends the listing; so does a page with nothing new (a server ignoring offset).
            if (answer.size() < pageSize || out.size() == before) {
                return List.copyOf(out.values());
            }
        }
        throw new GammaFormatException("GET " + base + ": no last page within " + MAX_PAGES + " pages");
    }

    private static <T> List<T> elements(JsonNode array, Function<JsonNode, T> parse,
            Consumer<GammaFormatException> onUnreadable) {
        List<T> out = new ArrayList<>(array.size());
        for (JsonNode n : array) {
            try {
                out.add(parse.apply(n));
            } catch (GammaFormatException e) {
                onUnreadable.accept(e);
            } catch (IllegalArgumentException e) {
                onUnreadable.accept(new GammaFormatException(String.valueOf(e.getMessage()), e));
            }
        }
        return out;
    }

}
