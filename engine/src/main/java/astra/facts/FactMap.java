package astra.facts;

import com.hazelcast.map.IMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One kind of fact in one Hazelcast map, keyed by market. Writes are batched: a decision cycle
 * publishes all its changed facts in one {@code putAll}.
 */
public final class FactMap<V> {
    private final IMap<String, V> map;
    private final Function<V, String> keyOf;

    FactMap(IMap<String, V> map, Function<V, String> keyOf) {
        this.map = map;
        this.keyOf = keyOf;
    }

    public String name() {
        return map.getName();
    }

    /** Writes the facts in one batch, each under its market key. */
    public void publish(Collection<V> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Map<String, V> batch = new HashMap<>(facts.size() * 2);
        for (V fact : facts) {
            batch.put(keyOf.apply(fact), fact);
        }
        map.putAll(batch);
    }

    public Optional<V> get(String market) {
        return Optional.ofNullable(map.get(market));
    }

    /** A copy of every fact, for one decision cycle. */
    public Map<String, V> snapshot() {
        return new HashMap<>(map);
    }

    public void remove(String market) {
        map.delete(market);
    }

    public int size() {
        return map.size();
    }
}
