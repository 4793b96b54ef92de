package astra.execution;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared Polymarket fixtures; JSON numbers come back as BigDecimal, never as double. */
final class SharedFixtures {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private SharedFixtures() {}

    static JsonNode polymarket(String relativePath) {
        String shared = System.getProperty("astra.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property astra.shared.dir is not set (surefire sets it)");
        }
        Path file = Path.of(shared, "fixtures", "polymarket", relativePath);
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }
}
