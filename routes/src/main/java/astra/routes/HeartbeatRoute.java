package astra.routes;

import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/**
 * The venue's dead-man heartbeat every {@code astra.heartbeat.period-ms}. The beat itself (and
 * what a failure does: the firewall's dead-man switch) is the caller's; the route only keeps time.
 */
public final class HeartbeatRoute extends RouteBuilder {
    private final Runnable beat;

    public HeartbeatRoute(Runnable beat) {
        this.beat = Objects.requireNonNull(beat, "beat");
    }

    @Override
    public void configure() {
        from("timer:heartbeat?period={{astra.heartbeat.period-ms}}").routeId("heartbeat")
                .process(exchange -> beat.run());
    }
}
