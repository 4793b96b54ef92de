package astra.polymarket.gamma;

import astra.polymarket.rest.VenueJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared Gamma captures from {@code ${astra.shared.dir}/fixtures/polymarket/gamma}. */
final class GammaFixtures {
    static final String BTC_5M = "nt_gamma_market_btc_updown_5m.json";
    static final String SPORTS = "nt_gamma_market_sports_feeSchedule.json";
    static final String NEG_RISK_EVENT = "nt_gamma_event_negrisk.json";

    private GammaFixtures() {}

    static JsonNode json(String fileName) {
        String shared = System.getProperty("astra.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property astra.shared.dir is not set");
        }
        Path path = Path.of(shared, "fixtures", "polymarket", "gamma", fileName);
        try {
            return VenueJson.read(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + path, e);
        }
    }

    /** A copy of a fixture market to vary one field in a test (the fixture itself is never edited). */
    static ObjectNode copy(String fileName) {
        return (ObjectNode) json(fileName).deepCopy();
    }
}
