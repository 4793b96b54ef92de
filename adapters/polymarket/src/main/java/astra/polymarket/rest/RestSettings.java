package astra.polymarket.rest;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How the REST client talks to the venue.
 *
 * @param baseUri the CLOB host (the simulator's loopback address in paper mode)
 * @param requestTimeout after this a request counts as unanswered ({@link #DEFAULT_REQUEST_TIMEOUT})
 * @param maxRetries retries of an idempotent request on 425/429/5xx/time-out ({@link #DEFAULT_MAX_RETRIES})
 * @param retryBackoffBase first retry pause, doubled each time ({@link #DEFAULT_RETRY_BACKOFF})
 * @param limitShare percent of each venue rate limit the client allows itself ({@link #DEFAULT_LIMIT_SHARE})
 */
public record RestSettings(URI baseUri, Duration requestTimeout, int maxRetries, Duration retryBackoffBase,
        int limitShare) {
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_RETRIES = 3;
    public static final Duration DEFAULT_RETRY_BACKOFF = Duration.ofMillis(200);
    public static final int DEFAULT_LIMIT_SHARE = 50;

    public RestSettings {
        Objects.requireNonNull(baseUri, "baseUri");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(retryBackoffBase, "retryBackoffBase");
        if (maxRetries < 0 || limitShare < 1 || limitShare > 100) {
            throw new IllegalArgumentException("retries must be >= 0 and the limit share 1..100 percent");
        }
    }

    public static RestSettings defaults(URI baseUri) {
        return new RestSettings(baseUri, DEFAULT_REQUEST_TIMEOUT, DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BACKOFF,
                DEFAULT_LIMIT_SHARE);
    }
}
