package astra.polymarket.clob;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.rest.ScriptedHttpServer;
import astra.polymarket.stream.Eventually;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dead-man heartbeats against a real HTTP server on loopback, on a real scheduler. */
class HeartbeatsIT {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Duration FAST = Duration.ofMillis(40);

    private ScriptedHttpServer server;
    private ScheduledExecutorService scheduler;
    private final List<String> beats = new CopyOnWriteArrayList<>();
    private final List<Integer> consecutive = new CopyOnWriteArrayList<>();
    private final HeartbeatListener listener = new HeartbeatListener() {
        @Override
        public void onBeat(String heartbeatId) {
            beats.add(heartbeatId);
        }

        @Override
        public void onFailure(int consecutiveFailures, long totalFailures, String reason) {
            consecutive.add(consecutiveFailures);
        }
    };

    @BeforeEach
    void start() throws Exception {
        server = new ScriptedHttpServer();
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterEach
    void stop() throws Exception {
        scheduler.shutdownNow();
        server.close();
    }

    private Heartbeats heartbeats() {
        return new Heartbeats(ClobTestKit.client(server, new ArrayList<>()), scheduler, FAST, listener);
    }

    private List<String> bodies() {
        return server.seen.stream().map(ScriptedHttpServer.Seen::body).toList();
    }

    @Test
    void eachHeartbeat_carriesTheIdOfThePreviousAnswerStartingEmpty() {
        server.then(200, "{\"heartbeat_id\":\"hb-1\",\"error\":null}")
                .then(200, "{\"heartbeat_id\":\"hb-2\",\"error\":null}")
                .then(200, "{\"heartbeat_id\":\"hb-3\",\"error\":null}");
        Heartbeats hb = heartbeats();

        hb.start();
        Eventually.within(WAIT, () -> assertThat(beats).hasSizeGreaterThanOrEqualTo(3));
        hb.stop();

        assertThat(bodies().subList(0, 3)).containsExactly("{\"heartbeat_id\":\"\"}",
                "{\"heartbeat_id\":\"hb-1\"}", "{\"heartbeat_id\":\"hb-2\"}");
        assertThat(beats.subList(0, 3)).containsExactly("hb-1", "hb-2", "hb-3");
        assertThat(server.seen.get(0).path()).isEqualTo("/v1/heartbeats");
        ClobTestKit.assertL2Signed(server.seen.get(1), "POST", "/v1/heartbeats");
    }

    @Test
    void failures_areCountedInARowAndTheLastGoodIdIsKept() {
        // After one good answer the script runs dry: the server answers 500 from then on.
        server.then(200, "{\"heartbeat_id\":\"hb-1\",\"error\":null}");
        Heartbeats hb = heartbeats();

        hb.start();
        Eventually.within(WAIT, () -> assertThat(consecutive).hasSizeGreaterThanOrEqualTo(3));
        hb.stop();

        assertThat(consecutive.subList(0, 3)).containsExactly(1, 2, 3);
        assertThat(hb.totalFailures()).isGreaterThanOrEqualTo(3);
        assertThat(hb.acknowledgedBeats()).isEqualTo(1);
        assertThat(bodies().subList(1, 3)).containsOnly("{\"heartbeat_id\":\"hb-1\"}");
        // A heartbeat is never resent by the transport: one request per beat.
        assertThat(server.seen.size()).isEqualTo(1 + (int) hb.totalFailures());
    }

    @Test
    void anAcknowledgementAfterFailures_resetsTheRunButNotTheTotal() {
        server.then(503, "{\"error\":\"down\"}").then(503, "{\"error\":\"down\"}")
                .then(200, "{\"heartbeat_id\":\"hb-9\",\"error\":null}");
        Heartbeats hb = heartbeats();

        hb.beat();
        hb.beat();
        assertThat(hb.consecutiveFailures()).isEqualTo(2);
        hb.beat();

        assertThat(hb.consecutiveFailures()).isZero();
        assertThat(hb.totalFailures()).isEqualTo(2);
        assertThat(hb.lastHeartbeatId()).isEqualTo("hb-9");
        assertThat(consecutive).containsExactly(1, 2);
    }

    @Test
    void aRefusal_startsANewChainWithAnEmptyId() {
        server.then(200, "{\"heartbeat_id\":\"hb-1\",\"error\":null}")
                .then(400, "{\"error\":\"invalid heartbeat id\"}")
                .then(200, "{\"heartbeat_id\":\"hb-new\",\"error\":null}");
        Heartbeats hb = heartbeats();

        hb.beat();
        hb.beat();
        hb.beat();

        assertThat(bodies()).containsExactly("{\"heartbeat_id\":\"\"}", "{\"heartbeat_id\":\"hb-1\"}",
                "{\"heartbeat_id\":\"\"}");
        assertThat(hb.lastHeartbeatId()).isEqualTo("hb-new");
    }

    @Test
    void aVenueErrorInsideA2xx_isAFailure() {
        server.then(200, "{\"heartbeat_id\":\"hb-1\",\"error\":\"heartbeat expired\"}");
        Heartbeats hb = heartbeats();

        hb.beat();

        assertThat(consecutive).containsExactly(1);
        assertThat(hb.lastHeartbeatId()).isEmpty();
    }

    @Test
    void stop_stopsSending() throws Exception {
        for (int i = 0; i < 50; i++) {
            server.then(200, "{\"heartbeat_id\":\"hb-" + i + "\",\"error\":null}");
        }
        Heartbeats hb = heartbeats();
        hb.start();
        Eventually.within(WAIT, () -> assertThat(beats).hasSizeGreaterThanOrEqualTo(2));

        hb.stop();
        assertThat(hb.isRunning()).isFalse();
        // The scheduler has one thread: a task queued now runs after any beat in flight, and one
        // queued four intervals out would run after the beats a still-running schedule would send.
        scheduler.submit(() -> { }).get(5, TimeUnit.SECONDS);
        int sent = server.seen.size();
        scheduler.schedule(() -> { }, FAST.toMillis() * 4, TimeUnit.MILLISECONDS).get(5, TimeUnit.SECONDS);
        assertThat(server.seen).hasSize(sent);
    }
}
