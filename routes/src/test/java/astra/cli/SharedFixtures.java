package astra.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;

/** The shared Polymarket fixtures, found through the {@code astra.shared.dir} system property. */
final class SharedFixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SharedFixtures() {}

    static Path polymarket(String relative) {
        String shared = System.getProperty("astra.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property astra.shared.dir is not set");
        }
        return Path.of(shared, "fixtures", "polymarket").resolve(relative);
    }

    static JsonNode json(Path file) {
        try {
            return MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static JsonNode eip712() {
        return json(polymarket("signing/eip712_vectors.json"));
    }

    static List<JsonNode> eip712Vectors(String kindPrefix) {
        return StreamSupport.stream(eip712().get("vectors").spliterator(), false)
                .filter(v -> v.get("kind").asText().startsWith(kindPrefix))
                .toList();
    }

    static String vectorKey() {
        return eip712().get("signer_private_key").asText();
    }
}
