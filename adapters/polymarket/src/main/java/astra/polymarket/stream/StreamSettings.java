package astra.polymarket.stream;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledExecutorService;
import java.util.random.RandomGenerator;

/**
 * What every connection to one channel shares: where it goes, the HTTP client and scheduler it
 * runs on, how it backs off and pings, and its sources of randomness (jitter) and time.
 */
public record StreamSettings(URI uri, HttpClient http, ScheduledExecutorService scheduler, Backoff backoff,
        Duration pingInterval, RandomGenerator random, Clock clock) {

    public StreamSettings {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(http, "http");
        Objects.requireNonNull(scheduler, "scheduler");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(pingInterval, "pingInterval");
        Objects.requireNonNull(random, "random");
        Objects.requireNonNull(clock, "clock");
        if (pingInterval.isNegative() || pingInterval.isZero()) {
            throw new IllegalArgumentException("ping interval must be positive");
        }
    }
}
