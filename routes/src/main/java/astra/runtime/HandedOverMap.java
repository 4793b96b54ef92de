package astra.runtime;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * A read-only view of a map that its builder hands over whole and never touches again, so that a
 * {@link MarketSnapshot} may keep it without copying: the feed builds two maps of every token per
 * decision tick, and copying them into immutable maps was a fifth of taking the snapshot. Anyone
 * else's map is still copied.
 */
final class HandedOverMap<K, V> extends AbstractMap<K, V> {
    private final Map<K, V> map;

    private HandedOverMap(Map<K, V> map) {
        this.map = map;
    }

    /** {@code built} must hold no null key or value, and nobody may change it from now on. */
    static <K, V> Map<K, V> of(Map<K, V> built) {
        return new HandedOverMap<>(Objects.requireNonNull(built, "built"));
    }

    /** The map as it is if it was handed over, else an immutable copy of it. */
    static <K, V> Map<K, V> immutable(Map<K, V> map) {
        return map instanceof HandedOverMap<K, V> ? map : Map.copyOf(map);
    }

    @Override
    public V get(Object key) {
        return map.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return map.containsKey(key);
    }

    @Override
    public int size() {
        return map.size();
    }

    @Override
    public void forEach(BiConsumer<? super K, ? super V> action) {
        map.forEach(action);
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        return Collections.unmodifiableMap(map).entrySet();
    }
}
