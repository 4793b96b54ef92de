package astra.polymarket.gamma;

import astra.domain.ConditionId;
import astra.polymarket.rest.RequestAuthenticator;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.rest.RestTransport;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Gamma's public GET /markets and GET /events (no auth), paged by {@code limit}/{@code offset} until
 * a short page. An element that cannot be read is handed to the caller's {@code onUnreadable} and
 * skipped, so one odd market does not hide the others; an answer that is not a list fails the read.
 */
public final class GammaClient {
    /** Gamma's host. */
    public static final String DEFAULT_BASE = "https://gamma-api.polymarket.com";
    /** Rows asked per page. */
    public static final int DEFAULT_PAGE_SIZE = 500;

    private final RestTransport transport;
    private final int pageSize;

    public GammaClient(RestTransport transport, int pageSize) {
        this.transport = Objects.requireNonNull(transport, "transport");
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize must be positive");
        }
        this.pageSize = pageSize;
    }

    public static GammaClient create(RestSettings settings) {
        return new GammaClient(RestTransport.create(settings, RequestAuthenticator.NONE), DEFAULT_PAGE_SIZE);
    }

    /** Open markets ({@code active=true&closed=false}); Astra still judges each with {@link GammaMarket#tradable()}. */
    public List<GammaMarket> openMarkets(Consumer<GammaFormatException> onUnreadable) {
        return paged("/markets?active=true&closed=false", GammaMarket::from, GammaMarket::conditionId, onUnreadable);
    }

    /** The markets with these condition ids, open or not. */
    public List<GammaMarket> markets(List<ConditionId> ids, Consumer<GammaFormatException> onUnreadable) {
        if (ids.isEmpty()) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("/markets?");
        ids.forEach(id -> q.append("condition_ids=").append(encode(id.value())).append('&'));
        q.setLength(q.length() - 1);
        return paged(q.toString(), GammaMarket::from, GammaMarket::conditionId, onUnreadable);
    }

    /** Open events with their markets ({@code active=true&closed=false}). */
    public List<GammaEvent> openEvents(Consumer<GammaFormatException> onUnreadable) {
        return paged("/events?active=true&closed=false", GammaEvent::from, GammaEvent::id, onUnreadable);
    }

    private <T> List<T> paged(String base, Function<JsonNode, T> parse, Function<T, Object> key,
            Consumer<GammaFormatException> onUnreadable) {
        return new OffsetPages(transport, pageSize).read(base, parse, key, onUnreadable);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
