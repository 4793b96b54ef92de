package astra.simulator.server;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.matching.Amounts;
import astra.simulator.matching.MarketSpec;
import astra.simulator.world.ScenarioSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulator's observable behaviour, pinned: a busy seeded world (takers, closes of a market
 * and of a negRisk event, tick changes, failed settlements) stepped in virtual time as a backtest
 * steps it (250 ms at a time), with a scripted trader posting, crossing and cancelling orders over
 * REST. Every market frame (two sockets with different subscriptions), every user frame of the
 * trader, every REST answer and the hidden fair values each second are fingerprinted per stream.
 * The digests were recorded on the simulator before its step was optimised; an optimisation that
 * changes any byte of what a client could see, or any fair value, fails here. A deliberate change
 * of the model or of a message must re-record them and say so.
 */
@Timeout(300)
class GoldenRunIT {
    private static final long STEP_MILLIS = 250;
    private static final long RUN_MILLIS = 8 * 60_000L;
    private static final long TAIL_MILLIS = 60_000L;
    private static final long SCRIPT_EVERY_MILLIS = 20_000L;

    /** Recorded on the unoptimised simulator (branch perf-sim, parent 09effda). */
    private static final Map<String, String> GOLDEN = golden();

    /** Entries per stream, then the SHA-256 of the stream (each entry followed by a newline). */
    private static Map<String, String> golden() {
        Map<String, String> g = new LinkedHashMap<>();
        g.put("market-all", "49034 49b643e43379714fd14abfcac864de1847586411a3e341725ab4711f222a51e3");
        g.put("market-some", "4116 a6e1361b2ffbff63fa8f381e622553e5ec06a3c9a9635f61ba923b9b6277bace");
        g.put("user", "137 663576563932369f099445cfd8398ada4032dc13b6fb1242c5ed382e3020388a");
        g.put("rest", "177 775aebb100a7c505c7a9a500c7cc8830df049b5515e8f4b967f1e4a653d25130");
        g.put("fair", "34560 6bc9bb84af018b55b77dc463168dc49344e63cbfff7db8d1f0d0fd646d9bf336");
        g.put("recorder", "1 2d1c983a96e70e2b363eb26bf2bfc58f0c30ff342e30baff1aaac4a28f39702a");
        g.put("totals", "1 6ff22ada5e0658786aa18bcc627df89df3eeb7000f5de927302567ce4a32bd45");
        return g;
    }

    private static SimulatorConfig busy() {
        ScenarioSettings s = ScenarioSettings.defaults().toBuilder()
                .standaloneMarkets(24).negRiskEvents(2).outcomesPerEvent(4)
                .durationMillis(RUN_MILLIS).closes(2).eventCloses(1).tickChanges(3)
                .settlementFailureRate(0.05).build();
        return SimulatorConfig.of(20_261_126L, s, SimHarness.TRADER, SimHarness.SIGNATURES, SimHarness.SIGNATURES);
    }

    @Test
    void seededRun_emitsExactlyTheRecordedFramesAnswersAndFairValues() {
        Map<String, String> digests = run();
        assertThat(digests).containsExactlyEntriesOf(GOLDEN);
    }

    private static Map<String, String> run() {
        Streams streams = new Streams();
        try (SimulatorServer server = new SimulatorServer(busy()).start()) {
            List<MarketSpec> markets = server.onVenue(v -> v.exchange().markets());
            List<String> allTokens = new ArrayList<>();
            markets.forEach(m -> {
                allTokens.add(m.yesToken());
                allTokens.add(m.noToken());
            });
            InProcessSocket all = server.connect("market", f -> streams.add("market-all", f));
            all.send(new JsonObject().put("assets_ids", new JsonArray(allTokens)).put("type", "market")
                    .put("custom_feature_enabled", true).encode());
            InProcessSocket some = server.connect("market", f -> streams.add("market-some", f));
            some.send(new JsonObject().put("assets_ids", new JsonArray(allTokens.subList(0, 6)))
                    .put("type", "market").encode());
            InProcessSocket user = server.connect("user", f -> streams.add("user", f));
            user.send(new JsonObject().put("auth", new JsonObject().put("apiKey", SimHarness.TRADER.key())
                    .put("secret", SimHarness.TRADER.secret()).put("passphrase", SimHarness.TRADER.passphrase()))
                    .put("markets", new JsonArray()).put("type", "user").encode());
            Trader trader = new Trader(server, new SimClient(server.baseUri(), SimHarness.TRADER), markets, streams);
            long start = server.startMillis();
            for (long t = STEP_MILLIS; t <= RUN_MILLIS + TAIL_MILLIS; t += STEP_MILLIS) {
                server.advanceBy(STEP_MILLIS);
                long now = start + t;
                if (t % 1_000 == 0) {
                    for (String token : allTokens) {
                        streams.add("fair", token + " " + now + " " + server.fairValueAt(token, now));
                    }
                }
                if (t % SCRIPT_EVERY_MILLIS == 0 && t <= RUN_MILLIS) {
                    trader.act((int) (t / SCRIPT_EVERY_MILLIS));
                }
            }
            trader.finish();
            streams.add("recorder", server.marketFramesHash() + " " + server.marketFrameCount());
            streams.add("totals", server.counts() + " " + server.resolutions()
                    + " " + server.onVenue(v -> v.world().rejections().toString()));
        }
        return streams.digests();
    }

    /** Posts, crosses and cancels over REST as a trader would, and records every answer. */
    private static final class Trader {
        private final SimulatorServer server;
        private final SimClient client;
        private final List<MarketSpec> markets;
        private final Streams streams;
        private final List<String> placed = new ArrayList<>();

        Trader(SimulatorServer server, SimClient client, List<MarketSpec> markets, Streams streams) {
            this.server = server;
            this.client = client;
            this.markets = markets;
            this.streams = streams;
        }

        void act(int round) {
            MarketSpec m = markets.get((round * 7) % markets.size());
            JsonObject book = new JsonObject(record(client.publicGet("/book?token_id=" + m.yesToken())));
            record(client.publicGet("/book?token_id=" + m.noToken()));
            JsonArray bids = book.getJsonArray("bids");
            JsonArray asks = book.getJsonArray("asks");
            var domain = server.onVenue(v -> v.signingDomain(m));
            if (!bids.isEmpty()) {
                // Joins the best YES bid: noise takers selling YES (buying NO) may hit it.
                long bid = Amounts.parse(bids.getJsonObject(bids.size() - 1).getString("price"));
                String answer = record(client.post("/order",
                        client.order(m.yesToken(), "BUY", bid, 20_000_000, "GTC", domain).encode()));
                String id = new JsonObject(answer).getString("orderID", "");
                if (!id.isEmpty()) {
                    placed.add(id);
                }
            }
            if (round % 3 == 0 && !asks.isEmpty()) {
                // Takes the best YES ask (a mint against a maker's NO bid).
                long ask = Amounts.parse(asks.getJsonObject(asks.size() - 1).getString("price"));
                record(client.post("/order", client.order(m.yesToken(), "BUY", ask, 20_000_000, "FAK", domain).encode()));
            }
            if (placed.size() > 2) {
                record(client.delete("/order", new JsonObject().put("orderID", placed.remove(0)).encode()));
            }
            if (round % 4 == 0) {
                record(client.delete("/cancel-market-orders", new JsonObject().put("market", m.conditionId()).encode()));
            }
            record(client.get("/data/orders"));
            record(client.get("/data/trades"));
            record(client.get("/balance-allowance?asset_type=COLLATERAL"));
        }

        void finish() {
            record(client.get("/data/trades"));
            record(client.delete("/cancel-all", ""));
            record(client.get("/data/orders"));
        }

        private String record(HttpResponse<String> r) {
            streams.add("rest", r.request().method() + " " + r.request().uri().getPath() + " " + r.statusCode()
                    + " " + r.body());
            return r.body();
        }
    }

    /**
     * One running SHA-256 and count per stream; frames arrive on the venue thread. With the
     * environment variable {@value #DUMP_ENV} naming a directory, every stream is also written
     * there as text (one entry a line), to find the first difference when a digest moves.
     */
    private static final class Streams {
        static final String DUMP_ENV = "GOLDEN_RUN_DUMP";
        private final Map<String, MessageDigest> digests = new LinkedHashMap<>();
        private final Map<String, Long> counts = new LinkedHashMap<>();
        private final Map<String, StringBuilder> dumps = new LinkedHashMap<>();
        private final String dumpDir = System.getenv(DUMP_ENV);

        Streams() {
            for (String name : GOLDEN.keySet()) {
                digests.put(name, sha256());
                counts.put(name, 0L);
            }
        }

        synchronized void add(String stream, String text) {
            MessageDigest d = digests.get(stream);
            d.update(text.getBytes(StandardCharsets.UTF_8));
            d.update((byte) '\n');
            counts.merge(stream, 1L, Long::sum);
            if (dumpDir != null) {
                dumps.computeIfAbsent(stream, k -> new StringBuilder()).append(text).append('\n');
            }
        }

        synchronized Map<String, String> digests() {
            Map<String, String> out = new LinkedHashMap<>();
            digests.forEach((name, d) -> out.put(name, counts.get(name) + " " + HexFormat.of().formatHex(d.digest())));
            dumps.forEach((name, text) -> {
                try {
                    Files.writeString(Path.of(dumpDir, name + ".txt"), text);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return out;
        }

        private static MessageDigest sha256() {
            try {
                return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is unavailable", e);
            }
        }
    }
}
