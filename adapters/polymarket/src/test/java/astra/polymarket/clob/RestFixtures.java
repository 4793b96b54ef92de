package astra.polymarket.clob;

import astra.polymarket.rest.VenueJson;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared REST captures from {@code ${astra.shared.dir}/fixtures/polymarket/rest_clob}. */
final class RestFixtures {
    private RestFixtures() {}

    static String text(String fileName) {
        String shared = System.getProperty("astra.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property astra.shared.dir is not set");
        }
        Path path = Path.of(shared, "fixtures", "polymarket", "rest_clob", fileName);
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + path, e);
        }
    }

    static JsonNode json(String fileName) {
        return parse(text(fileName));
    }

    static JsonNode parse(String json) {
        try {
            return VenueJson.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
