package astra.simulator.http;

import java.util.Map;

/**
 * Requests allowed per 10-second burst window, by endpoint ("METHOD /path"). Defaults are the
 * venue's published bursts: POST /order 3,500, POST /orders 1,000, DELETE /order 3,000, GET /book
 * 1,500; endpoints not listed get {@link #DEFAULT_OTHER}.
 */
public record RateLimits(Map<String, Integer> perEndpoint, int other) {
    public static final long WINDOW_MILLIS = 10_000;
    public static final int DEFAULT_OTHER = 9_000;

    public RateLimits {
        perEndpoint = Map.copyOf(perEndpoint);
        if (other <= 0 || perEndpoint.values().stream().anyMatch(v -> v <= 0)) {
            throw new IllegalArgumentException("rate limits must be positive");
        }
    }

    public static RateLimits venueDefaults() {
        return new RateLimits(Map.of("POST /order", 3_500, "POST /orders", 1_000, "DELETE /order", 3_000,
                "GET /book", 1_500), DEFAULT_OTHER);
    }

    public int limitFor(String endpoint) {
        return perEndpoint.getOrDefault(endpoint, other);
    }
}
