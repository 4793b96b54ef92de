package astra.polymarket.clob;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** Builds a request target with a URL-encoded query; parameters without a value are left out. */
final class Query {
    private final String path;
    private final StringJoiner params = new StringJoiner("&");

    Query(String path) {
        this.path = path;
    }

    Query param(String name, Object value) {
        if (value != null && !value.toString().isEmpty()) {
            params.add(name + "=" + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
        return this;
    }

    @Override
    public String toString() {
        return params.length() == 0 ? path : path + "?" + params;
    }
}
