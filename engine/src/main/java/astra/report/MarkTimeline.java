package astra.report;

import astra.domain.Price;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Every mid observed per token (snapshots along the way, the mid at each fill, the end marks), so
 * a position can be marked at any instant with the latest mid known then — never a later one,
 * which would leak the future into the equity curve. At one instant a later observation replaces
 * an earlier one, so the end marks win at the session's end.
 */
final class MarkTimeline {
    private final Map<TokenId, NavigableMap<Instant, Price>> byToken = new HashMap<>();

    void observe(TokenId token, Instant time, Price mid) {
        byToken.computeIfAbsent(token, t -> new TreeMap<>()).put(time, mid);
    }

    Price markAt(TokenId token, Instant time) {
        NavigableMap<Instant, Price> series = byToken.get(token);
        Map.Entry<Instant, Price> latest = series == null ? null : series.floorEntry(time);
        if (latest == null) {
            throw new IllegalArgumentException("no mid known for token " + token + " at or before " + time);
        }
        return latest.getValue();
    }
}
