package astra.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.map.IMap;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * A member alone sends its facts to the map without waiting: one batch at a time, in order, and a
 * batch the map failed to take is sent again. The map here is a stand-in whose writes succeed or
 * fail as the test says; {@link FactMapViewTest} covers the real one.
 */
class FactMapWritesTest {

    /** The stand-in map: what it holds, the batches sent to it, and whether the next async batch fails. */
    private static final class ScriptedMap {
        final Map<String, MarketFacts> held = new ConcurrentHashMap<>();
        final List<Map<String, MarketFacts>> batches = new CopyOnWriteArrayList<>();
        volatile boolean failNext;
        volatile boolean holdNext;
        private volatile Runnable release;

        /** Lets the held batch land in the map and answers it. */
        void release() {
            release.run();
        }

        @SuppressWarnings("unchecked")
        IMap<String, MarketFacts> proxy() {
            return (IMap<String, MarketFacts>) Proxy.newProxyInstance(IMap.class.getClassLoader(),
                    new Class<?>[] {IMap.class}, (self, method, args) -> switch (method.getName()) {
                        case "putAllAsync" -> {
                            Map<String, MarketFacts> batch = new HashMap<>((Map<String, MarketFacts>) args[0]);
                            batches.add(batch);
                            CompletableFuture<Void> answer = new CompletableFuture<>();
                            if (failNext) {
                                failNext = false;
                                answer.completeExceptionally(new IllegalStateException("partition thread gone"));
                            } else if (holdNext) {
                                holdNext = false;
                                release = () -> {
                                    held.putAll(batch);
                                    answer.complete(null);
                                };
                            } else {
                                held.putAll(batch);
                                answer.complete(null);
                            }
                            yield answer;
                        }
                        case "putAll" -> {
                            Map<String, MarketFacts> batch = new HashMap<>((Map<String, MarketFacts>) args[0]);
                            batches.add(batch);
                            held.putAll(batch);
                            yield null;
                        }
                        case "get" -> held.get(args[0]);
                        case "remove" -> held.remove(args[0]);
                        case "getName" -> "facts.scripted";
                        case "addEntryListener" -> java.util.UUID.randomUUID();
                        case "size" -> held.size();
                        case "isEmpty" -> held.isEmpty();
                        case "entrySet" -> Set.copyOf(held.entrySet());
                        case "hashCode" -> System.identityHashCode(self);
                        case "equals" -> self == args[0];
                        case "toString" -> "scripted map";
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
        }
    }

    private final ScriptedMap scripted = new ScriptedMap();
    private final FactMap<MarketFacts> facts = new FactMap<>(scripted.proxy(), MarketFacts::market);

    private static MarketFacts facts(String market, long bid) {
        return FactStoreTest.facts(market, bid, bid + 20_000, 1_000, 2_000);
    }

    @Test
    void aBatchTheMapFailedToTake_isCounted_andSentAgainWithTheNextFromTheView() {
        MarketFacts a = facts("0xa", 400_000);
        MarketFacts b = facts("0xb", 300_000);
        MarketFacts b2 = facts("0xb", 310_000);
        MarketFacts c = facts("0xc", 200_000);

        scripted.failNext = true;
        facts.publish(List.of(a, b));
        assertThat(facts.snapshot()).containsEntry("0xa", a).containsEntry("0xb", b); // the view has them at once
        facts.publish(List.of(a, b2, c)); // a and b are what the view holds: only b2 and c are new

        assertThat(facts.failedWrites()).isEqualTo(1);
        assertThat(scripted.batches).hasSize(2);
        assertThat(scripted.batches.get(1)).containsOnly(Map.entry("0xa", a), Map.entry("0xb", b2),
                Map.entry("0xc", c));
        assertThat(scripted.held).containsOnly(Map.entry("0xa", a), Map.entry("0xb", b2), Map.entry("0xc", c));
    }

    @Test
    void aFailedBatch_isSentAgainBeforeARemoval_andTheRemovedMarketStaysGone() {
        MarketFacts a = facts("0xa", 400_000);
        MarketFacts b = facts("0xb", 300_000);

        scripted.failNext = true;
        facts.publish(List.of(a, b));
        facts.remove("0xa"); // waits for the batch, finds it failed, sends b again, then removes a

        assertThat(facts.failedWrites()).isEqualTo(1);
        assertThat(scripted.held).containsOnly(Map.entry("0xb", b));
        assertThat(facts.get("0xa")).isEmpty();
        assertThat(facts.get("0xb")).contains(b);
    }

    @Test
    void sharingTheMap_firstSendsWhatItFailedToTake_soTheViewTakenFromTheMapKeepsIt() {
        MarketFacts a = facts("0xa", 400_000);
        scripted.failNext = true;
        facts.publish(List.of(a));

        facts.share(); // another member joined: from now on the view is taken from the map

        assertThat(scripted.held).containsOnly(Map.entry("0xa", a));
        assertThat(facts.snapshot()).containsOnly(Map.entry("0xa", a));
    }

    @Test
    void aPublishWaitsForTheBatchStillInFlight_soTheMapTakesThemInOrder() throws InterruptedException {
        scripted.holdNext = true;
        facts.publish(List.of(facts("0xa", 400_000))); // returns with its batch still in flight

        Thread second = new Thread(() -> facts.publish(List.of(facts("0xa", 410_000))));
        second.start();
        second.join(300);
        assertThat(second.isAlive()).as("the second publish waits for the first batch").isTrue();
        assertThat(scripted.batches).hasSize(1);

        scripted.release();
        second.join(10_000);
        assertThat(second.isAlive()).isFalse();
        assertThat(scripted.batches).hasSize(2);
        facts.flush();
        assertThat(scripted.held.get("0xa").bestBidMicros()).isEqualTo(410_000);
        assertThat(facts.failedWrites()).isZero();
    }
}
