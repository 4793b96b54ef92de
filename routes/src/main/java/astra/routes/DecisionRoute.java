package astra.routes;

import astra.runtime.MakerLoop;
import astra.runtime.PublishTick;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/**
 * The decision cadence: a timer ({@code astra.decision.period-ms}) asks the market feed for a
 * snapshot of its books; the one consumer of the decisions queue (the thread that owns the rule session) runs
 * the maker loop and hands its commands to the executor.
 */
public final class DecisionRoute extends RouteBuilder {
    private final MakerLoop loop;
    private final String marketFeed;

    /** @param marketFeed where the timer's ticks go: the market feed's endpoint ({@link Endpoints#marketFeed}) */
    public DecisionRoute(MakerLoop loop, String marketFeed) {
        this.loop = Objects.requireNonNull(loop, "loop");
        this.marketFeed = Objects.requireNonNull(marketFeed, "marketFeed");
    }

    @Override
    public void configure() {
        from("timer:decision?period={{astra.decision.period-ms}}&delay={{astra.decision.delay-ms}}")
                .routeId("decision-timer")
                .setBody(constant(PublishTick.INSTANCE))
                .to(marketFeed);

        from(Endpoints.DECISIONS).routeId("decision-cycle")
                .bean(loop, "onMessage(${body})")
                .split(body())
                    .to(Endpoints.EXECUTOR)
                .end();
    }
}
