package astra.runtime;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * A Camel health check per feed (group "astra-feeds"): DOWN while the feed's channel is not
 * connected, or while its data is older than the policy's limit in force (market data: the
 * staleness limit; user channel: the blind limit). Judged by data age, never by the socket
 * alone, since a channel can go silent while PING/PONG still works.
 */
public final class FeedHealthCheck extends AbstractHealthCheck {
    private final Supplier<Boolean> connected;
    private final Supplier<Duration> age;
    private final Supplier<Duration> limit;

    private FeedHealthCheck(String id, Supplier<Boolean> connected, Supplier<Duration> age, Supplier<Duration> limit) {
        super("astra-feeds", id);
        this.connected = connected;
        this.age = age;
        this.limit = limit;
    }

    /** The market channel: connected, and data younger than {@code feeds.market-feed-stale-seconds}. */
    public static FeedHealthCheck market(FeedHealth feeds, Supplier<Duration> staleAfter) {
        return new FeedHealthCheck("market-feed", feeds::marketConnected, feeds::marketDataAge, staleAfter);
    }

    /** The user channel: connected, and heard from within {@code feeds.user-channel-blind-seconds}. */
    public static FeedHealthCheck user(FeedHealth feeds, Supplier<Duration> blindAfter) {
        return new FeedHealthCheck("user-feed", feeds::userConnected, feeds::userChannelAge, blindAfter);
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Duration dataAge = age.get();
        Duration max = limit.get();
        builder.detail("data.age.ms", dataAge.toMillis()).detail("data.age.limit.ms", max.toMillis());
        if (!connected.get()) {
            builder.message("not connected").down();
        } else if (dataAge.compareTo(max) > 0) {
            builder.message("no data for " + dataAge.toMillis() + " ms (limit " + max.toMillis() + " ms)").down();
        } else {
            builder.up();
        }
    }
}
