package astra.simulator.auth;

import java.util.Map;

/**
 * What an L2 check needs of one HTTP request: the method, the path (and the query, which some
 * clients include in what they sign), the raw body text, and the POLY_* headers.
 */
public record L2Request(String method, String path, String query, String body, Map<String, String> headers) {
    public static final String ADDRESS = "POLY_ADDRESS";
    public static final String SIGNATURE = "POLY_SIGNATURE";
    public static final String TIMESTAMP = "POLY_TIMESTAMP";
    public static final String API_KEY = "POLY_API_KEY";
    public static final String PASSPHRASE = "POLY_PASSPHRASE";
    public static final String NONCE = "POLY_NONCE";

    public L2Request {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
        query = query == null ? "" : query;
    }

    public String header(String name) {
        return headers.get(name);
    }
}
