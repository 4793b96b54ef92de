package astra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The real identifiers and values found in the captured market channel messages: each market's
 * token ids, and the prices and sizes the venue sent. Workloads are generated from these, so
 * their frames carry real ids of real lengths rather than short made-up ones.
 */
public record VenueSample(Map<String, List<String>> tokensByMarket, List<String> prices, List<String> sizes) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public VenueSample {
        tokensByMarket = Map.copyOf(tokensByMarket);
        prices = List.copyOf(prices);
        sizes = List.copyOf(sizes);
        if (tokensByMarket.isEmpty() || prices.isEmpty() || sizes.isEmpty()) {
            throw new IllegalArgumentException("the fixtures held no market, price or size to sample");
        }
    }

    /** Reads every {@code *.json} of a folder of market channel captures, in name order. */
    public static VenueSample read(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IOException("no fixture folder " + folder + " (give --shared DIR)");
        }
        Map<String, Set<String>> tokens = new LinkedHashMap<>();
        List<String> prices = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
                collect(JSON.readTree(file.toFile()), null, tokens, prices, sizes);
            }
        }
        Map<String, List<String>> byMarket = new LinkedHashMap<>();
        tokens.forEach((market, ids) -> byMarket.put(market, List.copyOf(ids)));
        return new VenueSample(byMarket, prices, sizes);
    }

    /** Walks the tree; an object without {@code market} belongs to the nearest enclosing one's. */
    private static void collect(JsonNode node, String market, Map<String, Set<String>> tokens, List<String> prices,
            List<String> sizes) {
        if (node.isArray()) {
            node.forEach(child -> collect(child, market, tokens, prices, sizes));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        String here = node.hasNonNull("market") ? node.get("market").asText() : market;
        if (here != null && node.hasNonNull("asset_id")) {
            tokens.computeIfAbsent(here, m -> new LinkedHashSet<>()).add(node.get("asset_id").asText());
        }
        if (node.hasNonNull("price") && node.get("price").isTextual()) {
            prices.add(node.get("price").asText());
        }
        if (node.hasNonNull("size") && node.get("size").isTextual()) {
            sizes.add(node.get("size").asText());
        }
        for (Iterator<JsonNode> children = node.elements(); children.hasNext(); ) {
            collect(children.next(), here, tokens, prices, sizes);
        }
    }
}
