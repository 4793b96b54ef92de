package astra.polymarket.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * The one {@link JsonFactory} of the adapter. A factory is thread-safe and expensive to build
 * (its symbol tables are what make repeated field names cheap), so parsers are made from this
 * one rather than from a new factory per message.
 */
public final class JsonFrames {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonFrames() {}

    public static JsonFactory factory() {
        return FACTORY;
    }

    public static JsonParser parser(String json) throws IOException {
        return FACTORY.createParser(json);
    }
}
