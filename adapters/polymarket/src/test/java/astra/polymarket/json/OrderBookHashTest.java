package astra.polymarket.json;

import static org.assertj.core.api.Assertions.assertThat;

import astra.polymarket.SigningFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderBookHashTest {
    private final JsonNode vector = SigningFixtures.read("orderbook_hash_vector.json");

    private static List<OrderBookSummary.Level> levels(JsonNode array) {
        List<OrderBookSummary.Level> levels = new ArrayList<>();
        array.forEach(l -> levels.add(
                new OrderBookSummary.Level(l.get("price").asText(), l.get("size").asText())));
        return levels;
    }

    private OrderBookSummary vectorBook() {
        JsonNode in = vector.get("input");
        return new OrderBookSummary(in.get("market").asText(), in.get("asset_id").asText(),
                in.get("timestamp").asText(), levels(in.get("bids")), levels(in.get("asks")),
                in.get("min_order_size").asText(), in.get("tick_size").asText(),
                in.get("neg_risk").asBoolean(), in.get("last_trade_price").asText());
    }

    @Test
    void vectorBook_serialisesToTheVectorsExactString() {
        assertThat(OrderBookHash.canonicalJson(vectorBook()))
                .isEqualTo(vector.get("serialized").asText());
    }

    @Test
    void vectorBook_hashesToTheExpectedSha1() {
        assertThat(OrderBookHash.of(vectorBook())).isEqualTo(vector.get("expected_hash").asText())
                .isEqualTo("0458ea5755c9f73d64a14636fa5c36ed460ec394");
    }

    @Test
    void keys_followTheVectorsKeyOrder() {
        List<String> expected = new ArrayList<>();
        vector.get("key_order").forEach(k -> expected.add(k.asText()));
        List<String> written = new ArrayList<>();
        try {
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(OrderBookHash.canonicalJson(vectorBook()))
                    .fieldNames().forEachRemaining(written::add);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }

        assertThat(written).containsExactlyElementsOf(expected);
    }

    @Test
    void aChangedLevelSize_changesTheHash() {
        OrderBookSummary book = vectorBook();
        List<OrderBookSummary.Level> bids = new ArrayList<>(book.bids());
        bids.set(0, new OrderBookSummary.Level("0.3", "101"));
        OrderBookSummary changed = new OrderBookSummary(book.market(), book.assetId(),
                book.timestamp(), bids, book.asks(), book.minOrderSize(), book.tickSize(),
                book.negRisk(), book.lastTradePrice());

        assertThat(OrderBookHash.of(changed)).isNotEqualTo(OrderBookHash.of(book));
    }
}
