package astra.routes;

import astra.runtime.MakerLoop;
import astra.runtime.PublishTick;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/**
 * The decision cadence: a timer ({@code astra.decision.period-ms}) asks the feed thread for a
 * snapshot; the one consumer of the decisions queue (the thread that owns the rule session) runs
 * the maker loop and hands its commands to the executor.
 */
public final class DecisionRoute extends RouteBuilder {
    private final MakerLoop loop;

    public DecisionRoute(MakerLoop loop) {
        this.loop = Objects.requireNonNull(loop, "loop");
    }

    @Override
    public void configure() {
        from("timer:decision?period={{astra.decision.period-ms}}&delay={{astra.decision.delay-ms}}")
                .routeId("decision-timer")
                .setBody(constant(PublishTick.INSTANCE))
                .to(Endpoints.MARKET_FEED);

        from(Endpoints.DECISIONS).routeId("decision-cycle")
                .bean(loop, "onMessage(${body})")
                .split(body())
                    .to(Endpoints.EXECUTOR)
                .end();
    }
}
