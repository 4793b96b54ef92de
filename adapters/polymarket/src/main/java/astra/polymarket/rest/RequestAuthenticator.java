package astra.polymarket.rest;

import java.util.Map;

/**
 * Adds the venue's auth headers to a request. The L2 (HMAC) implementation signs exactly the bytes
 * that are sent: timestamp + method + path + body.
 */
@FunctionalInterface
public interface RequestAuthenticator {
    RequestAuthenticator NONE = (method, path, body) -> Map.of();

    Map<String, String> headers(String method, String pathWithQuery, String body);
}
