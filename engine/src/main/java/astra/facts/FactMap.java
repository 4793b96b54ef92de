package astra.facts;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryEvictedListener;
import com.hazelcast.map.listener.EntryExpiredListener;
import com.hazelcast.map.listener.EntryRemovedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One kind of fact in one Hazelcast map, keyed by market. Writes are batched: a decision cycle
 * publishes all its facts in one {@code putAll}, of which only the entries whose value differs from
 * what the map holds are sent. What "differs" means is the map's: equality, or for facts stamped
 * with the instant they were observed, equality but for that instant, so that a quiet market's facts
 * are not written again every cycle only because they were observed again.
 *
 * <p>The map is the shared record; this member also keeps a local view of it, so that a cycle's
 * {@link #snapshot()} copies plain objects instead of reading and deserializing every fact back.
 * Own writes go through to the view as they are made. While the cluster has other members, their
 * writes reach the view through an entry listener with values; listener events come in the map's
 * order per key, and an event from another member is applied only when no own write of that key is
 * still to be echoed back, so an event older than our newer write never overwrites it. A member
 * alone (the embedded default) registers no listener: every write is its own, and a listener
 * would make each write publish an event nobody needs.
 *
 * <p>A member alone also does not wait for its writes: nobody else reads the map, and a batch of a
 * few facts held the decision thread 0.85 ms on average on two cores, far more than its own work
 * (docs/benchmarks.md, pipeline-events, session 20). One batch is in flight at a time: the next
 * publish, a {@link #get}, a {@link #remove}, sharing the map or {@link #flush} wait for it first,
 * so the map takes the batches in order and reads of it see every publish before them. A batch that
 * failed is counted, logged and sent again with the next publish, from the view.
 */
public final class FactMap<V> {
    private static final Logger LOG = LoggerFactory.getLogger(FactMap.class);
    /** How long a write waits for the batch before it, which has had at least a cycle. */
    static final Duration WRITE_WAIT = Duration.ofSeconds(10);

    private final IMap<String, V> map;
    private final Function<V, String> keyOf;
    private final BiPredicate<V, V> same;
    private final Object lock = new Object();
    /** What this member knows the map holds; guarded by {@link #lock}. */
    private final Map<String, V> view = new HashMap<>();
    /** Own writes per key whose listener event has not come back yet (only while shared). */
    private final Map<String, Integer> unechoed = new HashMap<>();
    private boolean shared;
    /** The batch sent without waiting (alone only), until it is known written; guarded by {@link #lock}. */
    private CompletableFuture<Void> writing;
    private Set<String> writingKeys = Set.of();
    /** Keys of batches that failed, sent again from the view by the next publish; guarded by {@link #lock}. */
    private final Set<String> unwritten = new HashSet<>();
    /** Read without the lock, so a metrics scrape never waits behind a write. */
    private final AtomicLong failedWrites = new AtomicLong();

    FactMap(IMap<String, V> map, Function<V, String> keyOf) {
        this(map, keyOf, Object::equals);
    }

    /** {@code same(fresh, held)}: whether a fact published says nothing new over the one held. */
    FactMap(IMap<String, V> map, Function<V, String> keyOf, BiPredicate<V, V> same) {
        this.map = map;
        this.keyOf = keyOf;
        this.same = same;
        view.putAll(map);
    }

    public String name() {
        return map.getName();
    }

    /**
     * Other members may write this map from now on: listen to their writes and take the map's
     * current content as the view. Called once the cluster has more than this member; idempotent.
     */
    void share() {
        synchronized (lock) {
            if (shared) {
                return;
            }
            flushLocked(); // the map must hold every own write before the view is taken from it
            map.addEntryListener(new Echo(), true);
            shared = true;
            unechoed.clear();
            view.clear();
            view.putAll(map);
        }
    }

    /**
     * Writes the facts in one batch, each under its market key (the last one wins when a key comes
     * twice); a fact the same as what the map already holds under its key is not sent again, and
     * the one held stays.
     */
    public void publish(Collection<V> facts) {
        if (facts.isEmpty()) {
            return;
        }
        Map<String, V> latest = new HashMap<>(facts.size() * 2);
        for (V fact : facts) {
            latest.put(keyOf.apply(fact), fact);
        }
        synchronized (lock) {
            settleWrite();
            Map<String, V> changed = new HashMap<>(latest.size() * 2);
            latest.forEach((key, fact) -> {
                V held = view.get(key);
                if (held == null || !same.test(fact, held)) {
                    changed.put(key, fact);
                }
            });
            resendUnwritten(changed);
            if (changed.isEmpty()) {
                return;
            }
            if (shared) {
                map.putAll(changed);
                changed.keySet().forEach(key -> unechoed.merge(key, 1, Integer::sum));
            } else {
                writing = map.putAllAsync(changed).toCompletableFuture();
                writingKeys = changed.keySet();
            }
            view.putAll(changed);
        }
    }

    /** Adds the view's value of every key whose write failed to the batch (a removed key's is gone). */
    private void resendUnwritten(Map<String, V> batch) {
        for (String key : unwritten) {
            V value = view.get(key);
            if (value != null) {
                batch.putIfAbsent(key, value);
            }
        }
        unwritten.clear();
    }

    /** Waits for the batch in flight, if any; a failed one leaves its keys to be sent again. Under the lock. */
    private void settleWrite() {
        if (writing == null) {
            return;
        }
        try {
            writing.get(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            failedWrites.incrementAndGet();
            unwritten.addAll(writingKeys);
            LOG.warn("fact map {}: a write of {} facts failed or did not finish within {}; they are sent again "
                    + "with the next publish", name(), writingKeys.size(), WRITE_WAIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            unwritten.addAll(writingKeys);
        } finally {
            writing = null;
            writingKeys = Set.of();
        }
    }

    /**
     * Waits until the map holds every fact published so far (a failed batch is sent again, and
     * waited for): before the member leaves, or before another reads the map directly.
     */
    public void flush() {
        synchronized (lock) {
            flushLocked();
        }
    }

    private void flushLocked() {
        settleWrite();
        Map<String, V> again = new HashMap<>();
        resendUnwritten(again);
        if (!again.isEmpty()) {
            map.putAll(again);
        }
    }

    /** Batches of facts the map failed to take (each sent again afterwards). */
    public long failedWrites() {
        return failedWrites.get();
    }

    /** The fact the shared map holds now (read from the map, so another member's write shows at once). */
    public Optional<V> get(String market) {
        flush();
        return Optional.ofNullable(map.get(market));
    }

    /** A copy of every fact, for one decision cycle, from this member's view of the map. */
    public Map<String, V> snapshot() {
        synchronized (lock) {
            return new HashMap<>(view);
        }
    }

    /**
     * Every fact, for one decision cycle, from this member's view of the map: the values of
     * {@link #snapshot()} without copying the keys too, since a cycle reads only the facts.
     */
    public List<V> values() {
        synchronized (lock) {
            return List.copyOf(view.values());
        }
    }

    public void remove(String market) {
        synchronized (lock) {
            flushLocked(); // a write of this key still on its way must not land after the removal
            // remove, not delete: only a removal that happened is echoed by an event.
            V removed = map.remove(market);
            view.remove(market);
            if (shared && removed != null) {
                unechoed.merge(market, 1, Integer::sum);
            }
        }
    }

    public int size() {
        synchronized (lock) {
            return view.size();
        }
    }

    private void onWrite(EntryEvent<String, V> event, boolean removal) {
        String key = event.getKey();
        synchronized (lock) {
            Member from = event.getMember();
            if (from != null && from.localMember()) {
                unechoed.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
                return;
            }
            if (unechoed.containsKey(key)) {
                return; // an own write of this key came after this one: it stands
            }
            if (removal) {
                view.remove(key);
            } else {
                view.put(key, event.getValue());
            }
        }
    }

    /** An entry the map dropped by itself (eviction, expiry), whichever member's partition did it. */
    private void onLoss(String key) {
        synchronized (lock) {
            if (!unechoed.containsKey(key)) {
                view.remove(key);
            }
        }
    }

    /** Every kind of write to the map, in the map's order per key. */
    private final class Echo implements EntryAddedListener<String, V>, EntryUpdatedListener<String, V>,
            EntryRemovedListener<String, V>, EntryEvictedListener<String, V>, EntryExpiredListener<String, V> {

        @Override
        public void entryAdded(EntryEvent<String, V> event) {
            onWrite(event, false);
        }

        @Override
        public void entryUpdated(EntryEvent<String, V> event) {
            onWrite(event, false);
        }

        @Override
        public void entryRemoved(EntryEvent<String, V> event) {
            onWrite(event, true);
        }

        @Override
        public void entryEvicted(EntryEvent<String, V> event) {
            onLoss(event.getKey());
        }

        @Override
        public void entryExpired(EntryEvent<String, V> event) {
            onLoss(event.getKey());
        }
    }
}
