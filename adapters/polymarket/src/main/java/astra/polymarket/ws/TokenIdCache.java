package astra.polymarket.ws;

import astra.domain.TokenId;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link TokenId}s kept per decoder, keyed by the id's text as {@link TextIntern} hands it out, so
 * a repeated id costs a lookup on an already hashed String instead of a new record. Bounded: past
 * {@link #LIMIT} distinct ids it starts over. NOT thread-safe, like the decoder that owns it.
 */
final class TokenIdCache {
    static final int LIMIT = MarketEventFactory.ID_CACHE_LIMIT;

    private final Map<String, TokenId> ids = new HashMap<>();

    /** The id for the text; fails like {@link TokenId}'s constructor on blank text. */
    TokenId of(String value) {
        TokenId known = orNull(value);
        return known != null ? known : new TokenId(value);
    }

    /** The id for the text, or null when the text is blank (no id at all). */
    TokenId orNull(String value) {
        TokenId known = ids.get(value);
        if (known == null) {
            if (value.isBlank()) {
                return null;
            }
            known = new TokenId(value);
            remember(ids, value, known);
        }
        return known;
    }

    static <V> void remember(Map<String, V> cache, String key, V value) {
        if (cache.size() == LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }
}
