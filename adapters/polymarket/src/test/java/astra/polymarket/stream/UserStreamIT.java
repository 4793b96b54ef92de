package astra.polymarket.stream;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.auth.ApiCredentials;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The user channel against a real WebSocket server on loopback. */
class UserStreamIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final String SECRET = "dXNlci1zdHJlYW0tc2VjcmV0";
    private static final ApiCredentials CREDENTIALS = new ApiCredentials("key-u", SECRET, "pass-u");

    private LoopbackWsServer server;
    private ScheduledExecutorService scheduler;
    private final List<String> frames = new CopyOnWriteArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        server = new LoopbackWsServer();
        scheduler = Executors.newScheduledThreadPool(2);
    }

    @AfterEach
    void tearDown() throws Exception {
        scheduler.shutdownNow();
        server.close();
    }

    private UserStream stream(List<String> markets) {
        URI uri = URI.create(server.uri().toString().replace("/ws/market", "/ws/user"));
        StreamSettings settings = new StreamSettings(uri, HttpClient.newHttpClient(), scheduler,
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(200), 10), Duration.ofSeconds(10),
                new SplittableRandom(5), Clock.systemUTC());
        return new UserStream(settings, CREDENTIALS, markets, frames::add);
    }

    private static List<String> markets(JsonNode msg) {
        List<String> out = new ArrayList<>();
        msg.get("markets").forEach(n -> out.add(n.asText()));
        return out;
    }

    @Test
    void everyOpen_authenticatesWithTheCurrentMarketsAndSecretsNeverReachTheLog() throws Exception {
        PrintStream originalErr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try (UserStream s = stream(List.of("0xc1"))) {
            s.start();
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(1));
            JsonNode first = server.receivedJson().get(0);
            assertThat(first.get("type").asText()).isEqualTo("user");
            assertThat(first.get("auth").get("apiKey").asText()).isEqualTo("key-u");
            assertThat(first.get("auth").get("secret").asText()).isEqualTo(SECRET);
            assertThat(first.get("auth").get("passphrase").asText()).isEqualTo("pass-u");
            assertThat(markets(first)).containsExactly("0xc1");

            s.subscribe(List.of("0xc2", "0xc1"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(2));
            JsonNode added = server.receivedJson().get(1);
            assertThat(added.get("operation").asText()).isEqualTo("subscribe");
            assertThat(markets(added)).containsExactly("0xc2");
            assertThat(added.has("auth")).isFalse();

            server.dropAll();
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(3));
            JsonNode again = server.receivedJson().get(2);
            assertThat(again.get("auth").get("secret").asText()).isEqualTo(SECRET);
            assertThat(markets(again)).containsExactly("0xc1", "0xc2");
            assertThat(s.counters().opens()).isEqualTo(2);
            assertThat(s.toString()).doesNotContain(SECRET).doesNotContain("pass-u");
        } finally {
            System.setErr(originalErr);
        }
        String logged = log.toString(StandardCharsets.UTF_8);
        assertThat(logged).as("the reconnect was logged").contains("connection dropped");
        assertThat(logged).doesNotContain(SECRET).doesNotContain("pass-u");
    }

    @Test
    void unsubscribedMarkets_areDroppedNowAndFromLaterSubscriptions() {
        try (UserStream s = stream(List.of("0xc1", "0xc2"))) {
            s.start();
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(1));
            s.unsubscribe(List.of("0xc1", "0xnot-held"));
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(2));
            assertThat(markets(server.receivedJson().get(1))).containsExactly("0xc1");
            assertThat(server.receivedJson().get(1).get("operation").asText()).isEqualTo("unsubscribe");

            s.abortConnection();
            Eventually.within(WAIT, () -> assertThat(server.receivedJson()).hasSize(3));
            assertThat(markets(server.receivedJson().get(2))).containsExactly("0xc2");
        }
    }

    @Test
    void frames_arePassedOnRaw() {
        try (UserStream s = stream(List.of())) {
            s.start();
            Eventually.within(WAIT, () -> assertThat(server.open()).hasSize(1));
            server.sendToAll("[{\"event_type\":\"order\",\"status\":\"LIVE\"}]");
            Eventually.within(WAIT, () -> assertThat(frames)
                    .containsExactly("[{\"event_type\":\"order\",\"status\":\"LIVE\"}]"));
        }
    }
}
