package astra.polymarket.wallet;

import astra.polymarket.rest.VenueJson;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/** Minimal JSON-RPC 2.0 over HTTP POST: one call, one answer, errors as {@link RpcException}. */
final class JsonRpc {
    private final URI endpoint;
    private final HttpClient http;
    private final Duration timeout;
    private final AtomicLong ids = new AtomicLong();

    JsonRpc(URI endpoint, HttpClient http, Duration timeout) {
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.http = Objects.requireNonNull(http, "http");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The {@code result} of {@code method(params...)}, as text (quantities and data are hex strings). */
    String call(String method, Object... params) {
        ObjectNode request = VenueJson.mapper().createObjectNode()
                .put("jsonrpc", "2.0").put("id", ids.incrementAndGet()).put("method", method);
        ArrayNode ps = request.putArray("params");
        for (Object p : params) {
            ps.add(VenueJson.mapper().valueToTree(p));
        }
        HttpRequest http1 = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toString())).build();
        HttpResponse<String> response;
        try {
            response = http.send(http1, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RpcException(method + ": RPC " + endpoint + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RpcException(method + ": interrupted", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new RpcException(method + ": RPC answered HTTP " + response.statusCode());
        }
        JsonNode answer;
        try {
            answer = VenueJson.read(response.body());
        } catch (IOException e) {
            throw new RpcException(method + ": RPC answer is not JSON", e);
        }
        if (answer.hasNonNull("error")) {
            throw new RpcException(method + ": RPC error " + answer.get("error"));
        }
        JsonNode result = answer.get("result");
        if (result == null || !result.isTextual()) {
            throw new RpcException(method + ": RPC answer has no text result");
        }
        return result.textValue();
    }
}
