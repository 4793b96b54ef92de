package astra.polymarket.ws;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class MarketEventApplierTest {
    private static final String SNAPSHOT = "ws_market/nt_book_snapshot_real.json";
    private static final TokenId SNAPSHOT_TOKEN =
            new TokenId("48331043336612883890938759509493159234755048973500640148014422747788308965732");

    private final Clock clock = Clock.fixed(Instant.parse("2026-07-01T00:00:00Z"), ZoneOffset.UTC);
    private final OrderBooks books = new OrderBooks(clock);
    private final MarketChannelDecoder decoder = new MarketChannelDecoder();
    private final MarketEventApplier applier = new MarketEventApplier(books);

    private void feed(String frame) {
        decoder.decode(frame, m -> applier.apply((MarketEvent) m));
    }

    /** The fixture's best level, found independently: JSON tree, BigDecimal, max for bids, min for asks. */
    private static BookLevel independentBest(String side, boolean highest) throws Exception {
        JsonNode levels = new ObjectMapper().readTree(Fixtures.read(SNAPSHOT)).get(side);
        Comparator<JsonNode> byPrice = Comparator.comparing(n -> new BigDecimal(n.get("price").asText()));
        JsonNode best = StreamSupport.stream(levels.spliterator(), false)
                .max(highest ? byPrice : byPrice.reversed()).orElseThrow();
        return new BookLevel(Price.of(new BigDecimal(best.get("price").asText())),
                Shares.of(new BigDecimal(best.get("size").asText())));
    }

    @Test
    void realSnapshotWithBestLast_buildsABookWhoseTouchIsTheMaxBidAndMinAsk() throws Exception {
        OrderBook book = books.register(SNAPSHOT_TOKEN, TickSize.THOUSANDTH);

        feed(Fixtures.read(SNAPSHOT));

        BookLevel bestBid = independentBest("bids", true);
        BookLevel bestAsk = independentBest("asks", false);
        // by reading the file: bids end with 0.511 x 1304.72, asks end with 0.514 x 20230.87
        assertThat(bestBid).isEqualTo(new BookLevel(Price.parse("0.511"), Shares.parse("1304.72")));
        assertThat(bestAsk).isEqualTo(new BookLevel(Price.parse("0.514"), Shares.parse("20230.87")));
        assertThat(book.bestBid()).contains(bestBid);
        assertThat(book.bestAsk()).contains(bestAsk);
        assertThat(book.isCrossed()).isFalse();
        assertThat(book.bidDepth()).isEqualTo(76);
        assertThat(book.askDepth()).isEqualTo(86);

        Book snap = book.snapshot();
        assertThat(snap.bids().get(0)).isEqualTo(bestBid);
        assertThat(snap.asks().get(0)).isEqualTo(bestAsk);
        assertThat(snap.bids().get(75).price()).isEqualTo(Price.parse("0.001"));
        assertThat(snap.asks().get(85).price()).isEqualTo(Price.parse("0.999"));
        assertThat(snap.asOf()).isEqualTo(Instant.ofEpochMilli(1728799418260L));
    }

    @Test
    void flatPriceChangeOnTheRealBook_replacesTheBestAskSize() {
        OrderBook book = books.register(SNAPSHOT_TOKEN, TickSize.THOUSANDTH);
        feed(Fixtures.read(SNAPSHOT));

        // same token: SELL 0.514 size 21574.08 replaces 20230.87 at the best ask
        feed(Fixtures.read("ws_market/nt_price_change_schema2024_single_real.json"));

        assertThat(book.bestAsk()).contains(new BookLevel(Price.parse("0.514"), Shares.parse("21574.08")));
        assertThat(book.askDepth()).isEqualTo(86);
        assertThat(applier.levelsApplied()).isEqualTo(1);
    }

    @Test
    void levelRemoval_exposesTheNextBestLevelOfTheRealBook() {
        OrderBook book = books.register(SNAPSHOT_TOKEN, TickSize.THOUSANDTH);
        feed(Fixtures.read(SNAPSHOT));

        feed("""
                {"event_type":"price_change","market":"0xdd","timestamp":"1728799419000",
                 "price_changes":[{"asset_id":"%s","price":"0.511","size":"0","side":"BUY"}]}
                """.formatted(SNAPSHOT_TOKEN.value()));

        // the bids below 0.511 in the fixture: ..., 0.509 x 27.88, 0.51 x 12848.17
        assertThat(book.bestBid()).contains(new BookLevel(Price.parse("0.51"), Shares.parse("12848.17")));
        assertThat(book.bidDepth()).isEqualTo(75);
    }

    @Test
    void tickSizeChange_startsANewEpochAndLaterChangesAreRefusedUntilASnapshot() {
        TokenId token = new TokenId(
                "115474063863764126958837769719736461272619491980773624567012766320777398670353");
        OrderBook book = books.register(token, TickSize.HUNDREDTH);
        feed("""
                {"event_type":"book","market":"0xbacd","asset_id":"%s","timestamp":"1739068040000",
                 "bids":[{"price":"0.01","size":"5"},{"price":"0.02","size":"7"}],"asks":[]}
                """.formatted(token.value()));
        assertThat(book.bestBidMicros()).isEqualTo(20_000L);

        feed(Fixtures.read("ws_market/nt_tick_size_change_real.json"));

        assertThat(book.epoch()).isEqualTo(1);
        assertThat(book.tickSize()).isEqualTo(TickSize.THOUSANDTH);
        assertThat(book.awaitingSnapshot()).isTrue();
        assertThat(book.bidDepth()).isZero();

        feed("""
                {"event_type":"price_change","market":"0xbacd","timestamp":"1739068042000",
                 "price_changes":[{"asset_id":"%s","price":"0.021","size":"3","side":"BUY"}]}
                """.formatted(token.value()));

        assertThat(book.bidDepth()).isZero();
        assertThat(book.updatesRefusedAwaitingSnapshot()).isEqualTo(1);
        assertThat(applier.levelsRefused()).isEqualTo(1);
    }

    @Test
    void dataForATokenWithoutABook_isCountedNotApplied() {
        feed(Fixtures.read(SNAPSHOT));
        feed(Fixtures.read("ws_market/nt_price_change_schema2025_price_changes.json"));

        assertThat(books.size()).isZero();
        // one snapshot + three changes
        assertThat(applier.unknownAssetMessages()).isEqualTo(4);
    }
}
