package astra.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecodeCommandTest {
    private static final Path BOOK = SharedFixtures.polymarket("ws_market/nt_book_snapshot_real.json");
    private static final String BOOK_ASSET =
            "48331043336612883890938759509493159234755048973500640148014422747788308965732";

    @TempDir
    Path dir;

    static Stream<Path> marketFixtures() throws IOException {
        try (Stream<Path> files = Files.list(SharedFixtures.polymarket("ws_market"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("marketFixtures")
    void everyMarketFixture_decodesToItsOwnEventTypeWithoutErrors(Path fixture) {
        CliRun.Result r = CliRun.run("decode", fixture.toString());

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode out = r.json();
        String expectedKind = SharedFixtures.json(fixture).get("event_type").asText();
        assertThat(out.get("events")).hasSize(1);
        assertThat(out.get("events").get(0).get("kind").asText()).isEqualTo(expectedKind);
        assertThat(out.get("events").get(0).get("frame").asInt()).isEqualTo(1);
        assertThat(out.at("/counters/errors").asLong()).isZero();
        assertThat(out.at("/counters/frames").asLong()).isEqualTo(1);
        assertThat(out.at("/counters/events_by_kind/" + expectedKind).asLong()).isEqualTo(1);
    }

    @Test
    void realBookSnapshot_buildsItsBookWithTheTouchAndAllLevelsBestFirst() {
        JsonNode out = CliRun.run("decode", BOOK.toString()).json();

        JsonNode book = out.get("books").get(BOOK_ASSET);
        assertThat(out.get("books")).hasSize(1);
        // The capture lists the best level last: bids ascending to 0.511, asks descending to 0.514.
        assertThat(book.get("best_bid").asText()).isEqualTo("0.511");
        assertThat(book.get("best_ask").asText()).isEqualTo("0.514");
        assertThat(book.get("bids")).hasSize(76);
        assertThat(book.get("asks")).hasSize(86);
        // A book created by its first snapshot stays in the epoch it started in, 0.
        assertThat(book.get("epoch").asLong()).isZero();
        assertThat(book.get("awaiting_snapshot").asBoolean()).isFalse();
        assertThat(prices(book.get("bids"))).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(prices(book.get("asks"))).isSorted();
        assertThat(book.get("bids").get(0).get("size").asText()).isEqualTo("1304.72");
    }

    @Test
    void bookEvent_keepsTheVenuesLevelOrderAndExactDecimals() {
        JsonNode fixture = SharedFixtures.json(BOOK);
        JsonNode event = CliRun.run("decode", BOOK.toString()).json().get("events").get(0);

        assertThat(event.get("asset").asText()).isEqualTo(BOOK_ASSET);
        assertThat(event.get("hash").asText()).isEqualTo(fixture.get("hash").asText());
        assertThat(event.get("bids")).hasSize(fixture.get("bids").size());
        for (int i = 0; i < fixture.get("bids").size(); i++) {
            assertThat(new BigDecimal(event.get("bids").get(i).get("size").asText()))
                    .isEqualByComparingTo(fixture.get("bids").get(i).get("size").asText());
        }
    }

    @Test
    void jsonLines_applyPriceChangesToTheBookAndReportBadLinesAsErrorEvents() throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(compact(BOOK));                                   // line 1
        lines.add("");                                              // line 2: blank, skipped
        lines.add(priceChange("BUY", "0.512", "100"));              // line 3: a new best bid
        lines.add(priceChange("SELL", "0.514", "0"));               // line 4: removes the best ask
        lines.add("PONG");                                          // line 5
        lines.add("{\"event_type\": \"price_change\", \"market\": ");  // line 6: cut short
        lines.add("{\"event_type\": \"comment\", \"market\": \"0x1\"}"); // line 7: unknown type
        Path file = write("capture.jsonl", String.join("\n", lines) + "\n");

        CliRun.Result r = CliRun.run("decode", file.toString());

        assertThat(r.exitCode()).isZero();
        JsonNode out = r.json();
        JsonNode book = out.get("books").get(BOOK_ASSET);
        assertThat(book.get("best_bid").asText()).isEqualTo("0.512");
        // With 0.514 gone, the best ask is the next lowest ask of the capture.
        assertThat(book.get("best_ask").asText()).isEqualTo(secondLowestAsk());
        assertThat(book.get("bids")).hasSize(76 + 1);
        assertThat(book.get("asks")).hasSize(86 - 1);
        assertThat(kinds(out)).containsExactly("book", "price_change", "price_change", "control", "error", "unknown");
        assertThat(frames(out)).containsExactly(1, 3, 4, 5, 6, 7);
        JsonNode error = out.get("events").get(4);
        assertThat(error.get("reason").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(error.get("detail").asText()).isNotBlank();
        JsonNode counters = out.get("counters");
        assertThat(counters.get("frames").asLong()).isEqualTo(6);
        assertThat(counters.get("errors").asLong()).isEqualTo(1);
        assertThat(counters.at("/errors_by_reason/MALFORMED_JSON").asLong()).isEqualTo(1);
        assertThat(counters.get("control_frames").asLong()).isEqualTo(1);
        assertThat(counters.get("unknown_events").asLong()).isEqualTo(1);
        assertThat(counters.get("levels_applied").asLong()).isEqualTo(2);
    }

    @Test
    void tickSizeChange_startsANewEpochWithAnEmptyBookAwaitingASnapshot() throws IOException {
        String tickChange = "{\"event_type\":\"tick_size_change\",\"market\":\"0xdd22\",\"asset_id\":\""
                + BOOK_ASSET + "\",\"old_tick_size\":\"0.01\",\"new_tick_size\":\"0.001\","
                + "\"timestamp\":\"1728799419000\"}";
        Path file = write("tick.jsonl", compact(BOOK) + "\n" + tickChange + "\n" + priceChange("BUY", "0.5", "10"));

        JsonNode out = CliRun.run("decode", file.toString()).json();

        JsonNode book = out.get("books").get(BOOK_ASSET);
        assertThat(book.get("epoch").asLong()).isEqualTo(1);
        assertThat(book.get("awaiting_snapshot").asBoolean()).isTrue();
        assertThat(book.get("best_bid").isNull()).isTrue();
        assertThat(book.get("best_ask").isNull()).isTrue();
        assertThat(book.get("bids")).isEmpty();
        // The change after the tick change is decoded but the book refuses it until a snapshot.
        assertThat(out.at("/counters/levels_refused").asLong()).isEqualTo(1);
    }

    @Test
    void fileHoldingAnArrayOfFrames_decodesEachElementAsAFrame() throws IOException {
        String lastTrade = compact(SharedFixtures.polymarket("ws_market/nt_last_trade_price_real.json"));
        String bestBidAsk = compact(SharedFixtures.polymarket("ws_market/nt_best_bid_ask.json"));
        // Pretty-printed over several lines: the file parses whole, so lines do not matter.
        Path file = write("array.json", "[\n  " + lastTrade + ",\n  \"PONG\",\n  [" + bestBidAsk + ", "
                + lastTrade + "]\n]\n");

        JsonNode out = CliRun.run("decode", file.toString()).json();

        assertThat(kinds(out)).containsExactly("last_trade_price", "control", "best_bid_ask", "last_trade_price");
        assertThat(frames(out)).containsExactly(1, 2, 3, 3);
        assertThat(out.at("/counters/frames").asLong()).isEqualTo(3);
        JsonNode trade = out.get("events").get(0);
        assertThat(trade.get("price").asText()).isEqualTo("0.491");
        assertThat(trade.get("size").asText()).isEqualTo("85.36");
        assertThat(trade.get("side").asText()).isEqualTo("SELL");
    }

    @Test
    void userChannelFrames_goToTheUserDecoderEvenMixedWithMarketFrames() throws IOException {
        String order = compact(SharedFixtures.polymarket("ws_user/nt_order_placement_real.json"));
        String trade = compact(SharedFixtures.polymarket("ws_user/nt_user_trade2.json"));
        Path file = write("mixed.jsonl", order + "\n" + compact(BOOK) + "\n" + trade + "\n");

        JsonNode out = CliRun.run("decode", file.toString()).json();

        assertThat(kinds(out)).containsExactly("order", "book", "trade");
        assertThat(out.at("/counters/errors").asLong()).isZero();
        assertThat(out.get("events").get(2).get("maker_orders").isArray()).isTrue();
    }

    @Test
    void malformedLinesAndBadValues_areCountedByReasonAndTheRestStillDecodes() throws IOException {
        String badPrice = "{\"event_type\":\"last_trade_price\",\"market\":\"0xdd\",\"asset_id\":\"1\","
                + "\"price\":\"1.5\",\"side\":\"BUY\",\"size\":\"1\",\"timestamp\":\"1724564136087\"}";
        Path file = write("bad.jsonl", "{not json\n" + badPrice + "\n[1, 2]\n" + compact(BOOK) + "\n");

        CliRun.Result r = CliRun.run("decode", file.toString());

        assertThat(r.exitCode()).isZero();
        JsonNode out = r.json();
        assertThat(kinds(out)).containsExactly("error", "error", "error", "error", "book");
        assertThat(out.at("/counters/errors").asLong()).isEqualTo(4);
        assertThat(out.at("/counters/errors_by_reason/MALFORMED_JSON").asLong()).isEqualTo(1);
        assertThat(out.at("/counters/errors_by_reason/INVALID_VALUE").asLong()).isEqualTo(1);
        assertThat(out.at("/counters/errors_by_reason/NOT_AN_OBJECT").asLong()).isEqualTo(2);
        assertThat(out.get("books").get(BOOK_ASSET).get("best_bid").asText()).isEqualTo("0.511");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static String priceChange(String side, String price, String size) {
        return "{\"event_type\":\"price_change\",\"market\":\"0xdd22472e552920b8438158ea7238bfadfa4f736aa4cee91a6b86c39ead110917\","
                + "\"timestamp\":\"1728799419000\",\"price_changes\":[{\"asset_id\":\"" + BOOK_ASSET + "\",\"price\":\""
                + price + "\",\"size\":\"" + size + "\",\"side\":\"" + side + "\"}]}";
    }

    private static String compact(Path file) {
        return SharedFixtures.json(file).toString();
    }

    private static String secondLowestAsk() {
        List<BigDecimal> asks = new ArrayList<>();
        SharedFixtures.json(BOOK).get("asks").forEach(l -> asks.add(new BigDecimal(l.get("price").asText())));
        asks.sort(Comparator.naturalOrder());
        return asks.get(1).stripTrailingZeros().toPlainString();
    }

    private static List<BigDecimal> prices(JsonNode levels) {
        List<BigDecimal> out = new ArrayList<>();
        levels.forEach(l -> out.add(new BigDecimal(l.get("price").asText())));
        return out;
    }

    private static List<String> kinds(JsonNode out) {
        return StreamSupport.stream(out.get("events").spliterator(), false).map(e -> e.get("kind").asText()).toList();
    }

    private static List<Integer> frames(JsonNode out) {
        return StreamSupport.stream(out.get("events").spliterator(), false).map(e -> e.get("frame").asInt()).toList();
    }
}
