package astra.polymarket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.StreamSupport;

/** Reads the shared signing vectors from {@code ${astra.shared.dir}/fixtures/polymarket/signing}. */
public final class SigningFixtures {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SigningFixtures() {}

    public static JsonNode read(String fileName) {
        String shared = System.getProperty("astra.shared.dir");
        if (shared == null) {
            throw new IllegalStateException("system property astra.shared.dir is not set");
        }
        Path path = Path.of(shared, "fixtures", "polymarket", "signing", fileName);
        try {
            return MAPPER.readTree(Files.readString(path));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + path, e);
        }
    }

    /** The vector of {@code eip712_vectors.json} whose kind starts with {@code kindPrefix}. */
    public static JsonNode eip712Vector(String kindPrefix) {
        JsonNode vectors = read("eip712_vectors.json").get("vectors");
        return StreamSupport.stream(vectors.spliterator(), false)
                .filter(v -> v.get("kind").asText().startsWith(kindPrefix))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no vector of kind " + kindPrefix));
    }

    public static String signerPrivateKey() {
        return read("eip712_vectors.json").get("signer_private_key").asText();
    }

    public static String signerAddress() {
        return read("eip712_vectors.json").get("signer_address").asText();
    }
}
