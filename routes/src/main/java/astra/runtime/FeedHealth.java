package astra.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When each feed last delivered data, on the injected clock. Written by the feed threads, read by
 * the decision thread, the health checks and the metrics; each value is a single volatile long,
 * so readers never see a torn value. Before the first message a feed's age counts from start.
 */
public final class FeedHealth {
    private final Clock clock;
    private volatile long lastMarketDataMillis;
    private volatile long lastUserMessageMillis;
    private volatile boolean marketConnected;
    private volatile boolean userConnected;

    public FeedHealth(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
        long now = clock.millis();
        this.lastMarketDataMillis = now;
        this.lastUserMessageMillis = now;
    }

    public void marketData() {
        lastMarketDataMillis = clock.millis();
        marketConnected = true;
    }

    public void userMessage() {
        lastUserMessageMillis = clock.millis();
        userConnected = true;
    }

    public void marketConnected(boolean value) {
        marketConnected = value;
    }

    public void userConnected(boolean value) {
        userConnected = value;
        if (value) {
            // A successful (re)connect counts as hearing from the channel.
            lastUserMessageMillis = clock.millis();
        }
    }

    public Duration marketDataAge() {
        return Duration.ofMillis(Math.max(0, clock.millis() - lastMarketDataMillis));
    }

    public Duration userChannelAge() {
        return Duration.ofMillis(Math.max(0, clock.millis() - lastUserMessageMillis));
    }

    public Instant lastMarketDataAt() {
        return Instant.ofEpochMilli(lastMarketDataMillis);
    }

    public boolean marketConnected() {
        return marketConnected;
    }

    public boolean userConnected() {
        return userConnected;
    }
}
