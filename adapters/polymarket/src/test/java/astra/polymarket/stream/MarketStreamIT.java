package astra.polymarket.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The market stream against a real WebSocket server on loopback. */
class MarketStreamIT {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private LoopbackWsServer server;
    private ScheduledExecutorService scheduler;
    private HttpClient http;
    private final List<String> frames = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = new LoopbackWsServer();
        scheduler = Executors.newScheduledThreadPool(2);
        http = HttpClient.newHttpClient();
    }

    @AfterEach
    void tearDown() throws Exception {
        scheduler.shutdownNow();
        server.close();
    }

    private MarketStream stream(int maxPerConnection, Duration ping) {
        return stream(maxPerConnection, ping, null);
    }

    /** With {@code events}: drops, reopens and frames ("frame"), in the one order the stream reports them. */
    private MarketStream stream(int maxPerConnection, Duration ping, List<String> events) {
        StreamSettings settings = new StreamSettings(server.uri(), http, scheduler,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), 10), ping, new SplittableRandom(3),
                Clock.systemUTC());
        MarketStream.Listener listener = events == null ? MarketStream.Listener.NONE : new MarketStream.Listener() {
            @Override
            public void onDrop(Set<String> assets) {
                events.add("drop " + new TreeSet<>(assets));
            }

            @Override
            public void onReopen(Set<String> assets) {
                events.add("reopen " + new TreeSet<>(assets));
            }
        };
        return new MarketStream(settings, maxPerConnection, (shard, text) -> {
            frames.add(text);
            if (events != null) {
                events.add("frame");
            }
        }, listener);
    }

    private static Set<String> ids(JsonNode msg) {
        Set<String> out = new HashSet<>();
        msg.get("assets_ids").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void open_subscribesItsAssetsWithTheCustomFeatureFlag() {
        try (MarketStream s = stream(200, Duration.ofSeconds(10))) {
            s.subscribe(List.of("111", "222"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(1));
            JsonNode sub = server.receivedJson().get(0);
            assertThat(sub.get("type").asText()).isEqualTo("market");
            assertThat(sub.get("custom_feature_enabled").asBoolean()).isTrue();
            assertThat(sub.get("initial_dump").asBoolean()).isTrue();
            assertThat(ids(sub)).containsExactlyInAnyOrder("111", "222");
        }
    }

    @Test
    void manyAssets_areShardedAtMostTwoHundredPerConnection() {
        List<String> assets = IntStream.range(0, 450).mapToObj(i -> "a" + i).toList();
        try (MarketStream s = stream(200, Duration.ofSeconds(10))) {
            s.subscribe(assets);
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(3));
            Set<String> union = new HashSet<>();
            for (JsonNode sub : server.receivedJson()) {
                assertThat(ids(sub).size()).isLessThanOrEqualTo(200);
                union.addAll(ids(sub));
            }
            assertThat(union).containsExactlyInAnyOrderElementsOf(assets);
            assertThat(s.connectionCount()).isEqualTo(3);
            assertThat(server.open()).hasSize(3);
        }
    }

    @Test
    void laterAssets_areSubscribedAndUnsubscribedOnTheOpenConnection() {
        try (MarketStream s = stream(200, Duration.ofSeconds(10))) {
            s.subscribe(List.of("1"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(1));
            s.subscribe(List.of("2", "1"));
            s.unsubscribe(List.of("1"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(3));
            JsonNode add = server.receivedJson().get(1);
            JsonNode remove = server.receivedJson().get(2);
            assertThat(add.get("operation").asText()).isEqualTo("subscribe");
            assertThat(ids(add)).containsExactly("2");
            assertThat(remove.get("operation").asText()).isEqualTo("unsubscribe");
            assertThat(ids(remove)).containsExactly("1");
            assertThat(s.connectionCount()).isEqualTo(1);
        }
    }

    @Test
    void pingsGoOutAndPongsAreCountedButNotPassedOn() {
        try (MarketStream s = stream(200, Duration.ofMillis(100))) {
            s.subscribe(List.of("1"));
            Eventually.within(WAIT, () -> assertThat(s.counters().pongs()).isGreaterThanOrEqualTo(3));
            assertThat(server.received).contains("PING");
            assertThat(frames).doesNotContain("PONG");
        }
    }

    @Test
    void afterADrop_itReconnectsAndResubscribesTheSameAssets() {
        try (MarketStream s = stream(200, Duration.ofSeconds(10))) {
            s.subscribe(List.of("7", "8"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(1));
            server.dropAll();
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(2));
            assertThat(ids(server.receivedJson().get(1))).containsExactlyInAnyOrder("7", "8");
            assertThat(s.counters().drops()).isEqualTo(1);
            assertThat(s.counters().opens()).isEqualTo(2);
        }
    }

    @Test
    void drops_andReopens_areReportedPerConnectionWithItsAssets_andTheReopenComesBeforeItsFrames() {
        List<String> events = new CopyOnWriteArrayList<>();
        try (MarketStream s = stream(2, Duration.ofSeconds(10), events)) {
            s.subscribe(List.of("1", "2", "3"));
            Eventually.within(WAIT, () -> assertThat(server.open()).hasSize(2));
            assertThat(events).as("a first open is no reopen").isEmpty();

            server.dropAll();
            Eventually.within(WAIT, () -> assertThat(events).hasSize(4));
            assertThat(events).containsExactlyInAnyOrder("drop [1, 2]", "drop [3]", "reopen [1, 2]", "reopen [3]");
            assertThat(events.indexOf("drop [3]")).isLessThan(events.indexOf("reopen [3]"));
            assertThat(events.indexOf("drop [1, 2]")).isLessThan(events.indexOf("reopen [1, 2]"));

            Eventually.within(WAIT, () -> assertThat(server.open()).hasSize(2));
            server.sendToAll("{\"event_type\":\"book\"}");
            Eventually.within(WAIT, () -> assertThat(events).hasSize(6));
            assertThat(events.subList(4, 6)).containsOnly("frame");
        }
    }

    @Test
    void resnapshot_reopensOnlyTheConnectionsHoldingTheAssets_whichSubscribeAfresh() {
        List<String> events = new CopyOnWriteArrayList<>();
        try (MarketStream s = stream(2, Duration.ofSeconds(10), events)) {
            s.subscribe(List.of("1", "2", "3"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(2));

            assertThat(s.resnapshot(List.of("3", "unknown"))).containsExactly("3");

            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(3));
            JsonNode again = server.receivedJson().get(2);
            assertThat(again.get("type").asText()).as("the connecting subscription, not an operation").isEqualTo("market");
            assertThat(again.get("initial_dump").asBoolean()).isTrue();
            assertThat(ids(again)).containsExactly("3");
            Eventually.within(WAIT, () -> assertThat(events).containsExactly("drop [3]", "reopen [3]"));
            assertThat(s.counters().drops()).isEqualTo(1);
            assertThat(s.resnapshot(List.of("unknown"))).isEmpty();
        }
    }

    @Test
    void fragmentedFrames_arriveJoined() {
        try (MarketStream s = stream(200, Duration.ofSeconds(10))) {
            s.subscribe(List.of("1"));
            Eventually.within(WAIT, () -> assertThat(server.open()).hasSize(1));
            server.sendFragmented("{\"event_type\":", "\"book\"}");
            Eventually.within(WAIT, () -> assertThat(frames).contains("{\"event_type\":\"book\"}"));
        }
    }
}
