package astra.simulator.wire;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.event.BookSnapshot;
import astra.simulator.matching.PriceLevel;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookJsonTest {
    private static final Path VECTOR = Path.of(System.getProperty("astra.shared.dir", "../../../shared"),
            "fixtures", "polymarket", "signing", "orderbook_hash_vector.json");

    @Test
    void restBook_listsBestLevelLast_andReproducesTheVenuesHashVector() throws IOException {
        JsonObject vector = new JsonObject(Files.readString(VECTOR));
        // The wire reverses the core's lists. Bids come best first (0.4, 0.3) and go out 0.3, 0.4.
        // The vector's asks (0.6, 0.7) are a hashing input, not a real book's order, so the core
        // list here is given as (0.7, 0.6) to make the wire list equal the vector's.
        BookSnapshot book = new BookSnapshot(123_456_789L, "0xaabbcc", "100", 10_000,
                List.of(new PriceLevel(400_000, 100_000_000), new PriceLevel(300_000, 100_000_000)),
                List.of(new PriceLevel(700_000, 100_000_000), new PriceLevel(600_000, 100_000_000)));

        JsonObject json = BookJson.rest(book, 100_000_000, false, 500_000L);

        assertThat(json.copy().put("hash", "").encode()).isEqualTo(vector.getString("serialized"));
        assertThat(json.getString("hash")).isEqualTo(vector.getString("expected_hash"));
    }

    @Test
    void wsBook_carriesTheCapturedFields() {
        BookSnapshot book = new BookSnapshot(5L, "0xaa", "7", 10_000,
                List.of(new PriceLevel(500_000, 1_500_000)), List.of());
        JsonObject json = BookJson.ws(book, 5_000_000, true);
        assertThat(json.getString("event_type")).isEqualTo("book");
        assertThat(json.getJsonArray("bids").getJsonObject(0).getString("size")).isEqualTo("1.5");
        assertThat(json.getJsonArray("asks")).isEmpty();
        assertThat(json.getString("hash")).hasSize(40);
    }
}
