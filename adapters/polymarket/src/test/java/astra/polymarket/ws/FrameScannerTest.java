package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Micros;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanner against the event decoder: whatever it accepts must decode to the very
 * same levels, and the forms it does not read (which the slower readers handle) must be refused,
 * never half-read.
 */
class FrameScannerTest {
    private static String book;
    private static String priceChange;

    @BeforeAll
    static void compactFixtures() throws Exception {
        ObjectMapper json = new ObjectMapper();
        book = json.readTree(Fixtures.read("ws_market/nt_book_snapshot_real.json")).toString();
        priceChange = json.readTree(Fixtures.read("ws_market/nt_price_change_schema2025_price_changes.json"))
                .toString();
    }

    @Test
    void compactRealSnapshot_scansToTheDecodersLevels() {
        FastFrame frame = new FastFrame();

        assertThat(new FrameScanner().scan(book, frame)).isTrue();

        List<String> scanned = describe(frame);
        assertThat(scanned).isEqualTo(describe(new MarketChannelDecoder().decode(book)));
        // Not vacuous: the real snapshot's last ask (the best, as the venue sends it) is 20230.87 at 0.514.
        assertThat(scanned.get(0)).contains("20230.87@0.514]").startsWith("book 1728799418260");
    }

    @Test
    void compactPriceChange_scansToTheDecodersRows() {
        FastFrame frame = new FastFrame();

        assertThat(new FrameScanner().scan(priceChange, frame)).isTrue();

        assertThat(frame.rows).isEqualTo(3);
        assertThat(describe(frame)).isEqualTo(describe(new MarketChannelDecoder().decode(priceChange)));
    }

    @Test
    void arrayOfSeveralMessages_scansEveryMessageInOrder() {
        String frames = "[" + priceChange + "," + book + "," + priceChange + "]";
        FastFrame frame = new FastFrame();

        assertThat(new FrameScanner().scan(frames, frame)).isTrue();

        assertThat(frame.messages).isEqualTo(3);
        assertThat(describe(frame)).isEqualTo(describe(new MarketChannelDecoder().decode(frames)));
    }

    @Test
    void formsLeftToTheSlowerReaders_areRefused() {
        List<String> refused = List.of(
                priceChange.replace("\"price\":\"0.6\"", "\"price\": \"0.6\""), // whitespace between tokens
                " " + priceChange,
                priceChange + " ",
                priceChange + "{}",
                priceChange.replace("bf32b3746fff", "bf32b\\u0037746fff"), // an escape in a string
                priceChange.replace("\"BUY\"", "\"B\\u0055Y\""),
                priceChange.replace("\"price\":\"0.6\"", "\"price\":\"6e-1\""), // an exponent
                priceChange.replace("\"price\":\"0.6\"", "\"price\":\"0.6000000\""), // seven decimals
                priceChange.replace("\"price\":\"0.6\"", "\"price\":0.6"), // a bare number
                priceChange.replace("\"price\":\"0.6\"", "\"price\":\"1.5\""), // above 1
                priceChange.replace("\"size\":\"3300\"", "\"size\":\"-3300\""),
                priceChange.replace("\"BUY\"", "\"buy\""),
                priceChange.replace("\"hash\":\"bf32", "\"extra\":\"x\",\"hash\":\"bf32"), // an unknown field
                priceChange.replace("\"market\":", "\"timestamp\":\"1\",\"market\":"), // a repeated field
                priceChange.replace("\"best_bid\":\"0.6\"", "\"best_bid\":\"0.6\",\"best_bid\":\"0.6\""),
                priceChange.replace("price_changes", "changes"), // the legacy schema
                priceChange.replace("\"market\":", "\"asset_id\":\"1\",\"market\":"),
                priceChange.replace("\"market\":\"0x5f", "\"market\":\"\",\"x\":\"0x5f"),
                priceChange.replace("\"market\":\"0x5f", "\"market\":\" 0x5f"),
                priceChange.replace("\"event_type\":\"price_change\"", "\"event_type\":\"last_trade_price\""),
                priceChange.replace("\"timestamp\":\"1729084877448\"", "\"timestamp\":1729084877448"),
                priceChange.replace("bf32b3746fff", "bf32b3746f\u00e9f"), // not ASCII
                priceChange.replace("bf32b3746fff", "bf32b3746f\tf"),
                priceChange.replace(",\"event_type\":\"price_change\"", ""),
                priceChange.replace("\"best_bid\":\"0.6\"", "\"best_bid\":null"),
                book.replace("\"asks\":[", "\"asks\":[],\"x\":["),
                book.replace("\"size\":\"10500100\"", "\"size\":\"10500100\",\"size\":\"1\""),
                book.replace("\"asset_id\":\"48331", "\"asset_id\":\"\",\"x\":\"48331"),
                book.substring(0, book.length() - 1),
                "[]",
                "[" + priceChange + ",]",
                "{}",
                "PONG",
                "");
        FrameScanner scanner = new FrameScanner();
        for (String frame : refused) {
            assertThat(scanner.scan(frame, new FastFrame())).as("scanned %s", frame).isFalse();
        }
        // And a refusal leaves the scanner fit for the next frame.
        assertThat(scanner.scan(priceChange, new FastFrame())).isTrue();
    }

    @Test
    void damagedFrames_whenAccepted_decodeToTheSameLevelsWithoutError() {
        Random random = new Random(5);
        String noise = "0123456789.\"\\,:{}[]eE-+ \tBUYSELLx";
        List<String> sources = List.of(book, priceChange, "[" + priceChange + "," + priceChange + "]");
        FrameScanner scanner = new FrameScanner();
        MarketChannelDecoder decoder = new MarketChannelDecoder();
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            String frame = damage(sources.get(random.nextInt(sources.size())), random, noise);
            FastFrame scanned = new FastFrame();
            if (!scanner.scan(frame, scanned)) {
                continue;
            }
            accepted++;
            List<WsMessage> decoded = decoder.decode(frame);
            assertThat(decoded).as("decoded %s", frame).allMatch(m -> m instanceof MarketEvent);
            assertThat(describe(scanned)).as("scanned %s", frame).isEqualTo(describe(decoded));
        }
        // Not vacuous: a damaged digit in a price, size, id or hash still reads; most damage does not.
        assertThat(accepted).isBetween(1_000, 19_000);
    }

    private static String damage(String frame, Random random, String noise) {
        int at = random.nextInt(frame.length());
        char c = noise.charAt(random.nextInt(noise.length()));
        return switch (random.nextInt(3)) {
            case 0 -> frame.substring(0, at) + c + frame.substring(at + 1);
            case 1 -> frame.substring(0, at) + frame.substring(at + 1);
            default -> frame.substring(0, at) + c + frame.substring(at);
        };
    }

    /** What the scanner read, one line per message, in the words of {@link #describe(List)}. */
    private static List<String> describe(FastFrame f) {
        List<String> out = new ArrayList<>();
        for (int m = 0; m < f.messages; m++) {
            if (f.kinds[m] == FastFrame.BOOK) {
                out.add("book " + f.millis[m] + " " + f.bookTokens[m].value() + " " + f.bids[m].build() + " "
                        + f.asks[m].build());
            } else {
                StringBuilder rows = new StringBuilder("price_change " + f.millis[m]);
                for (int r = f.rowStarts[m]; r < f.rowEnds[m]; r++) {
                    rows.append(' ').append(f.rowTokens[r].value()).append(' ').append(f.rowSides[r]).append(' ')
                            .append(Micros.format(f.rowSizes[r])).append('@').append(Micros.format(f.rowPrices[r]));
                }
                out.add(rows.toString());
            }
        }
        return out;
    }

    private static List<String> describe(List<WsMessage> decoded) {
        List<String> out = new ArrayList<>();
        for (WsMessage message : decoded) {
            if (message instanceof BookSnapshot s) {
                out.add("book " + s.timestamp().toEpochMilli() + " " + s.asset().value() + " " + s.bids() + " "
                        + s.asks());
            } else if (message instanceof PriceChange c) {
                StringBuilder rows = new StringBuilder("price_change " + c.timestamp().toEpochMilli());
                for (LevelChange l : c.changes()) {
                    rows.append(' ').append(l.asset().value()).append(' ').append(l.side()).append(' ')
                            .append(Micros.format(l.size().micros())).append('@')
                            .append(Micros.format(l.price().micros()));
                }
                out.add(rows.toString());
            } else {
                out.add(String.valueOf(message));
            }
        }
        return out;
    }
}
