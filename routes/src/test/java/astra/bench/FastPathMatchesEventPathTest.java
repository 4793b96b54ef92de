package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import astra.polymarket.ws.BookSnapshot;
import astra.polymarket.ws.DecodeFailure;
import astra.polymarket.ws.MarketChannelDecoder;
import astra.polymarket.ws.MarketEvent;
import astra.polymarket.ws.MarketEventApplier;
import astra.polymarket.ws.MarketFrameApplier;
import astra.polymarket.ws.PriceChange;
import astra.polymarket.ws.WsMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The books' fast path ({@link MarketFrameApplier}) against the event path (decoder, then
 * {@link MarketEventApplier}) on the same frames: every fixture, the bench's generated price
 * changes, snapshots and tick size changes for many tokens, and thousands of damaged frames.
 * After every frame both worlds must deliver the same non-book messages, and at checkpoints hold
 * the same books (levels, tick, epoch, times, per-book counters) and the same decode and apply
 * counters.
 */
class FastPathMatchesEventPathTest {
    private static final Path WS_MARKET = Path.of(System.getProperty("astra.shared.dir", "../../shared"))
            .resolve("fixtures/polymarket/ws_market");
    private static final String SNAPSHOT_TOKEN =
            "48331043336612883890938759509493159234755048973500640148014422747788308965732";
    private static final String TICK_CHANGE_TOKEN =
            "115474063863764126958837769719736461272619491980773624567012766320777398670353";

    private static VenueSample sample;
    private static List<String> fixtures;
    private static String snapshot;
    private static String tickChange;

    @BeforeAll
    static void readFixtures() throws Exception {
        sample = VenueSample.read(WS_MARKET);
        try (Stream<Path> files = Files.list(WS_MARKET)) {
            fixtures = new ArrayList<>();
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                fixtures.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        }
        ObjectMapper json = new ObjectMapper();
        snapshot = json.readTree(WS_MARKET.resolve("nt_book_snapshot_real.json").toFile()).toString();
        tickChange = json.readTree(WS_MARKET.resolve("nt_tick_size_change_real.json").toFile()).toString();
    }

    /** One feed thread's books on one path; both worlds read the same fixed clock. */
    private static final class World {
        final Clock clock = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
        final OrderBooks books = new OrderBooks(clock);
        final List<String> tokens = new ArrayList<>();

        World(List<String> registered) {
            for (int i = 0; i < registered.size(); i++) {
                // Two ticks, so off-tick levels are counted in some books and not in others.
                books.register(new TokenId(registered.get(i)), i % 2 == 0 ? TickSize.THOUSANDTH : TickSize.HUNDREDTH);
                tokens.add(registered.get(i));
            }
        }

        List<String> books() {
            List<String> out = new ArrayList<>();
            for (String token : tokens) {
                OrderBook b = books.get(new TokenId(token));
                out.add(b.snapshot() + " awaiting=" + b.awaitingSnapshot() + " venue=" + b.venueTimeMillis()
                        + " arrival=" + b.arrivalMillis() + " snapshots=" + b.snapshotsApplied() + " updates="
                        + b.updatesApplied() + " refusedAwaiting=" + b.updatesRefusedAwaitingSnapshot()
                        + " refusedInvalid=" + b.updatesRefusedInvalid() + " offTick=" + b.offTickLevels());
            }
            return out;
        }
    }

    private static final class Pair {
        final World fast;
        final World events;
        final MarketFrameApplier fastPath;
        final MarketChannelDecoder decoder = new MarketChannelDecoder();
        final MarketEventApplier applier;

        Pair(List<String> registered) {
            fast = new World(registered);
            events = new World(registered);
            fastPath = new MarketFrameApplier(fast.books);
            applier = new MarketEventApplier(events.books);
        }

        void feed(String frame) {
            List<WsMessage> fromFast = new ArrayList<>();
            fastPath.apply(frame, fromFast::add);
            List<WsMessage> fromEvents = new ArrayList<>();
            decoder.decode(frame, m -> {
                if (m instanceof MarketEvent e) {
                    applier.apply(e);
                }
                if (!(m instanceof BookSnapshot) && !(m instanceof PriceChange)) {
                    fromEvents.add(m);
                }
            });
            assertThat(fromFast).as("messages delivered for frame %s", frame).isEqualTo(fromEvents);
        }

        void assertSame(String when) {
            assertThat(fast.books()).as("books %s", when).isEqualTo(events.books());
            assertThat(counters(true)).as("counters %s", when).isEqualTo(counters(false));
        }

        List<Long> counters(boolean ofFast) {
            var c = ofFast ? fastPath.counters() : decoder.counters();
            List<Long> out = new ArrayList<>();
            for (DecodeFailure reason : DecodeFailure.values()) {
                out.add(c.failures(reason));
            }
            out.add(c.events());
            out.add(c.controlFrames());
            out.add(c.unknownEvents());
            out.add(ofFast ? fastPath.unknownAssetMessages() : applier.unknownAssetMessages());
            out.add(ofFast ? fastPath.levelsApplied() : applier.levelsApplied());
            out.add(ofFast ? fastPath.levelsRefused() : applier.levelsRefused());
            return out;
        }
    }

    /** Every sampled token but every fourth, so data for unregistered tokens is exercised too. */
    private static List<String> registeredTokens() {
        List<String> all = allTokens();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (i % 4 != 3) {
                registered.add(all.get(i));
            }
        }
        return registered;
    }

    private static List<String> allTokens() {
        return sample.tokensByMarket().values().stream().flatMap(List::stream).distinct().toList();
    }

    /** Both worlds with a snapshot sent for every token (those not registered are counted as unknown). */
    private static Pair pairWithSnapshots(List<String> tokens) {
        Pair pair = new Pair(registeredTokens());
        tokens.forEach(t -> pair.feed(snapshotFor(t)));
        return pair;
    }

    private static String snapshotFor(String token) {
        return snapshot.replace(SNAPSHOT_TOKEN, token);
    }

    private static String tickChangeFor(String token) {
        return tickChange.replace(TICK_CHANGE_TOKEN, token);
    }

    @Test
    void everyFixture_asCapturedAndCompacted_leavesIdenticalBooksAndCounters() throws Exception {
        Pair pair = new Pair(registeredTokens());
        ObjectMapper json = new ObjectMapper();
        for (int pass = 0; pass < 2; pass++) {
            for (String fixture : fixtures) {
                pair.feed(fixture);
                pair.feed(json.readTree(fixture).toString());
                pair.assertSame("after fixture " + fixture);
            }
        }
        // The fixtures include the real snapshot and current-schema price changes (fast) and the
        // older schemas and other events (decoded): both paths were taken.
        assertThat(pair.fastPath.fastFrames()).isGreaterThan(0);
        assertThat(pair.fastPath.decodedFrames()).isGreaterThan(0);
    }

    @Test
    void generatedFramesWithSnapshotsAndTickChanges_leaveIdenticalBooksAndCounters() {
        List<String> tokens = allTokens();
        Pair pair = pairWithSnapshots(tokens);
        Random random = new Random(11);
        List<String> frames = PriceChangeFrames.generate(sample, 4_000, 6L);
        for (int i = 0; i < frames.size(); i++) {
            pair.feed(frames.get(i));
            if (random.nextInt(200) == 0) {
                // A new epoch: levels are refused until the next snapshot.
                pair.feed(tickChangeFor(tokens.get(random.nextInt(tokens.size()))));
            }
            if (random.nextInt(150) == 0) {
                pair.feed(snapshotFor(tokens.get(random.nextInt(tokens.size()))));
            }
            if (i % 250 == 0) {
                pair.assertSame("after generated frame " + i);
            }
        }
        pair.assertSame("at the end");
        // Not vacuous: most of the 8,000 generated levels land (the rest wait out a tick change's
        // new epoch); how many exactly depends on where the random epochs fall.
        assertThat(pair.fastPath.levelsApplied()).isGreaterThan(3_000);
        assertThat(pair.fastPath.levelsRefused()).isGreaterThan(0);
        assertThat(pair.fastPath.unknownAssetMessages()).isGreaterThan(0);
        assertThat(pair.fastPath.fastFrames()).isGreaterThanOrEqualTo(4_000);
    }

    @Test
    void damagedFrames_leaveIdenticalBooksCountersAndErrors() {
        List<String> tokens = allTokens();
        Pair pair = pairWithSnapshots(tokens);
        Random random = new Random(23);
        List<String> frames = new ArrayList<>(PriceChangeFrames.generate(sample, 3_000, 9L));
        for (int i = 0; i < 200; i++) {
            frames.add(snapshotFor(tokens.get(random.nextInt(tokens.size()))));
            frames.add("[" + frames.get(random.nextInt(3_000)) + "," + frames.get(random.nextInt(3_000)) + "]");
        }
        frames.addAll(fixtures);
        for (int i = 0; i < 6_000; i++) {
            pair.feed(Damage.apply(frames.get(random.nextInt(frames.size())), random));
            if (i % 500 == 0) {
                pair.assertSame("after damaged frame " + i);
            }
        }
        pair.assertSame("at the end");
        // Not vacuous: errors of several kinds were reported, and both paths were taken.
        assertThat(pair.fastPath.counters().failures(DecodeFailure.MALFORMED_JSON)).isGreaterThan(0);
        assertThat(pair.fastPath.counters().failures(DecodeFailure.INVALID_VALUE)).isGreaterThan(0);
        assertThat(pair.fastPath.counters().failures(DecodeFailure.MISSING_FIELD)).isGreaterThan(0);
        assertThat(pair.fastPath.fastFrames()).isGreaterThan(1_000);
        assertThat(pair.fastPath.decodedFrames()).isGreaterThan(1_000);
    }

    /** Ways a frame gets damaged or takes a form the fast path leaves to the decoder. */
    private static final class Damage {
        private static final String[] SWAPS = {
            "\"BUY\"", "\"buy\"",
            "\"SELL\"", "\"Sell\"",
            "\"price\":\"0.", "\"price\":\"1.",
            "\"price\":\"0.", "\"price\":\"-0.",
            "\"price\":\"0.", "\"price\":\"00.",
            "\"size\":\"", "\"size\":\"1e2",
            "\"size\":\"", "\"size\":\"0.0000001",
            "\"size\":\"", "\"size\":\"5.0000000",
            "\"size\":\"", "\"size\":\" ",
            "\"size\":\"", "\"size\":\"12.",
            "\"best_bid\":\"", "\"best_bid\":\"2",
            "\"best_ask\":\"", "\"best_ask\":null,\"x\":\"",
            "\"hash\":\"", "\"hash\":{\"a\":1},\"h\":\"",
            "\"asset_id\":\"", "\"asset_id\":\" ",
            "\"asset_id\":\"", "\"asset_id\":7,\"x\":\"",
            "\"asset_id\":\"", "\"asset_id\":\"  ",
            "\"timestamp\":\"", "\"timestamp\":\" ",
            "\"timestamp\":\"", "\"timestamp\":\"-",
            "\"timestamp\":\"", "\"timestamp\":17,\"t\":\"",
            "\"market\":\"", "\"market\":\"\",\"condition_id\":\"",
            "\"market\":\"", "\"market\":null,\"m\":\"",
            "\"event_type\":\"price_change\"", "\"event_type\":\"PRICE_CHANGE\"",
            "\"event_type\":\"price_change\"", "\"event_type\":\"book\"",
            "\"event_type\":\"book\"", "\"event_type\":\"price_change\"",
            "\"price_changes\":[", "\"changes\":[",
            "\"price_changes\":[", "\"price_changes\":null,\"p\":[",
            "\"price_changes\":[", "\"price_changes\":[1,",
            "\"bids\":[", "\"bids\":[{\"price\":\"0.5\"},",
            "\"asks\":[", "\"asks\":{},\"a\":[",
            "\"side\":\"", "\"side\":\"\",\"s\":\"",
            "\"price\":\"", "\"price\":\"\",\"p\":\"",
            "\"size\":\"", "\"size\":null,\"z\":\"",
        };
        private static final String NOISE = "{}[],:\"0.5e-x \\";

        static String apply(String frame, Random random) {
            int kind = random.nextInt(10);
            if (kind < 3) {
                return frame;
            }
            if (kind < 7) {
                int s = random.nextInt(SWAPS.length / 2) * 2;
                int at = frame.indexOf(SWAPS[s], random.nextInt(Math.max(1, frame.length() / 2)));
                at = at < 0 ? frame.indexOf(SWAPS[s]) : at;
                return at < 0 ? frame : frame.substring(0, at) + SWAPS[s + 1] + frame.substring(at + SWAPS[s].length());
            }
            int at = random.nextInt(frame.length());
            return switch (kind) {
                case 7 -> frame.substring(0, at);
                case 8 -> frame.substring(0, at) + frame.substring(at + 1);
                default -> frame.substring(0, at) + NOISE.charAt(random.nextInt(NOISE.length())) + frame.substring(at);
            };
        }
    }
}
