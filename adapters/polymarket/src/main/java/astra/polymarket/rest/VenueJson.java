package astra.polymarket.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The one way venue answers are read into trees. JSON numbers with a fraction become
 * {@link java.math.BigDecimal} nodes, never doubles: the venue sometimes writes prices and tick
 * sizes as bare numbers ({@code "minimum_tick_size": 0.001}), and a double would not carry them
 * exactly.
 */
public final class VenueJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private VenueJson() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Parses {@code text}; throws Jackson's exception on malformed JSON. */
    public static JsonNode read(String text) throws JsonProcessingException {
        return MAPPER.readTree(text);
    }
}
