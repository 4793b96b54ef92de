package astra.facts;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.EntryEvent;
import com.hazelcast.map.listener.EntryAddedListener;
import com.hazelcast.map.listener.EntryUpdatedListener;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The local view a member keeps of each fact map, alone and in a cluster of two. */
class FactMapViewTest {
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static FactStore store;

    @BeforeAll
    static void start() {
        store = FactStore.start(FactStoreConfig.embeddedDefaults().withClusterName("view-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    private static MarketFacts facts(String market, long bid) {
        return FactStoreTest.facts(market, bid, bid + 20_000, 1_000, 2_000);
    }

    @Test
    void republishingAnUnchangedFact_sendsNoWriteToTheMap() throws InterruptedException {
        List<MarketFacts> written = new CopyOnWriteArrayList<>();
        WriteWatcher watcher = new WriteWatcher("0xquiet", written);
        store.member().<String, MarketFacts>getMap(FactStore.MARKETS).addEntryListener(watcher, true);
        MarketFacts first = facts("0xquiet", 400_000);
        MarketFacts moved = facts("0xquiet", 410_000);

        store.markets().publish(List.of(first, facts("0xother", 100_000)));
        store.markets().publish(List.of(first));
        store.markets().publish(List.of(first, facts("0xother", 100_000)));
        store.markets().publish(List.of(moved));

        // Events of one key come in write order: once the move is seen, every earlier write was too.
        awaitUntil(() -> written.contains(moved));
        assertThat(written).containsExactly(first, moved);
    }

    @Test
    void factsObservedAgainUnchanged_sendNoWrite_andTheMapKeepsThemAsOfTheirLastChange() throws InterruptedException {
        List<MarketFacts> written = new CopyOnWriteArrayList<>();
        WriteWatcher watcher = new WriteWatcher("0xobserved", written);
        store.member().<String, MarketFacts>getMap(FactStore.MARKETS).addEntryListener(watcher, true);
        MarketFacts first = FactStoreTest.facts("0xobserved", 400_000, 420_000, 1_000, 2_000);
        MarketFacts later = first.stampedAt(2_250, first.channelDataAtMillis());
        MarketFacts moved = FactStoreTest.facts("0xobserved", 410_000, 420_000, 2_400, 2_500);

        store.markets().publish(List.of(first));
        store.markets().publish(List.of(later));
        assertThat(store.markets().snapshot()).containsEntry("0xobserved", first);
        store.markets().publish(List.of(moved));

        awaitUntil(() -> written.contains(moved));
        assertThat(written).containsExactly(first, moved);
    }

    @Test
    void factsStampedWithANewerChannelDataTime_sendNoWrite() throws InterruptedException {
        List<MarketFacts> written = new CopyOnWriteArrayList<>();
        WriteWatcher watcher = new WriteWatcher("0xfollows", written);
        store.member().<String, MarketFacts>getMap(FactStore.MARKETS).addEntryListener(watcher, true);
        MarketFacts first = FactStoreTest.facts("0xfollows", 400_000, 420_000, 1_000, 2_000).stampedAt(2_000, 1_900);
        MarketFacts moved = FactStoreTest.facts("0xfollows", 410_000, 420_000, 2_400, 2_500).stampedAt(2_500, 2_450);

        store.markets().publish(List.of(first));
        store.markets().publish(List.of(first.stampedAt(2_250, 2_200)));
        assertThat(store.markets().snapshot()).containsEntry("0xfollows", first);
        store.markets().publish(List.of(moved));

        awaitUntil(() -> written.contains(moved));
        assertThat(written).containsExactly(first, moved);
    }

    @Test
    void parityCandidatesObservedAgainUnchanged_areKeptAsOfTheirLastChange() {
        ParityCandidate first = new ParityCandidate("0xpair", false, 1_000, 1_100, 2_000);
        store.parityCandidates().publish(List.of(first));

        store.parityCandidates().publish(List.of(first.withObservedAtMillis(2_250)));
        assertThat(store.parityCandidates().get("0xpair")).contains(first);

        ParityCandidate moved = new ParityCandidate("0xpair", false, 2_300, 1_100, 2_500);
        store.parityCandidates().publish(List.of(moved));
        assertThat(store.parityCandidates().get("0xpair")).contains(moved);
    }

    @Test
    void aKeyGivenTwiceInOneBatch_keepsTheLastEvenWhenTheFirstIsWhatTheMapHolds() {
        MarketFacts held = facts("0xtwice", 300_000);
        MarketFacts later = facts("0xtwice", 310_000);
        store.markets().publish(List.of(held));

        store.markets().publish(List.of(later, held));

        assertThat(store.markets().get("0xtwice")).contains(held);
        assertThat(store.markets().snapshot()).containsEntry("0xtwice", held);
    }

    @Test
    void snapshotAndValues_showOwnWritesAtOnce_andForgetRemovedMarkets() {
        MarketFacts f = facts("0xgone", 200_000);
        store.markets().publish(List.of(f));
        assertThat(store.markets().snapshot()).containsEntry("0xgone", f);
        assertThat(store.markets().values()).contains(f);

        store.markets().remove("0xgone");

        assertThat(store.markets().snapshot()).doesNotContainKey("0xgone");
        assertThat(store.markets().values()).doesNotContain(f);
        assertThat(store.markets().get("0xgone")).isEmpty();
        // Published again after the removal it is written again, though equal to what was there.
        store.markets().publish(List.of(f));
        assertThat(store.markets().get("0xgone")).contains(f);
    }

    @Test
    void inAClusterOfTwo_eachMembersSnapshotFollowsTheOthersWritesAndRemovals() {
        FactStoreConfig config = FactStoreConfig.embeddedDefaults()
                .withClusterName("view-join-" + UUID.randomUUID())
                .withMembers(List.of("127.0.0.1"));
        try (FactStore first = FactStore.start(config)) {
            MarketFacts early = facts("0xearly", 100_000);
            first.markets().publish(List.of(early));
            try (FactStore second = FactStore.start(config)) {
                // A joining member's view starts from what the map already holds.
                assertThat(second.markets().snapshot()).containsEntry("0xearly", early);

                MarketFacts fromSecond = facts("0xshared", 400_000);
                second.markets().publish(List.of(fromSecond));
                awaitUntil(() -> fromSecond.equals(first.markets().snapshot().get("0xshared")));

                MarketFacts fromFirst = facts("0xshared", 420_000);
                first.markets().publish(List.of(fromFirst));
                assertThat(first.markets().snapshot()).containsEntry("0xshared", fromFirst);
                awaitUntil(() -> fromFirst.equals(second.markets().snapshot().get("0xshared")));
                // The other member's older write, echoed late, did not undo the newer own one.
                assertThat(first.markets().snapshot()).containsEntry("0xshared", fromFirst);

                second.markets().remove("0xearly");
                awaitUntil(() -> !first.markets().snapshot().containsKey("0xearly"));

                // Publishing what the other member wrote (seen in the view) sends nothing; both agree.
                second.markets().publish(List.of(fromFirst));
                assertThat(second.markets().get("0xshared")).contains(fromFirst);
            }
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within " + PATIENCE);
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    /** Collects the values written under one key, in the order the map reports them. */
    private record WriteWatcher(String key, List<MarketFacts> written)
            implements EntryAddedListener<String, MarketFacts>, EntryUpdatedListener<String, MarketFacts> {
        @Override
        public void entryAdded(EntryEvent<String, MarketFacts> event) {
            entryUpdated(event);
        }

        @Override
        public void entryUpdated(EntryEvent<String, MarketFacts> event) {
            if (event.getKey().equals(key)) {
                written.add(event.getValue());
            }
        }
    }
}
