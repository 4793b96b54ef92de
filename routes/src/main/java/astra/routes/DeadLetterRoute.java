package astra.routes;

import astra.runtime.DeadLetters;
import java.util.Objects;
import org.apache.camel.builder.RouteBuilder;

/** direct:dead-letter → log + count (see {@link DeadLetters}). */
public final class DeadLetterRoute extends RouteBuilder {
    private final DeadLetters deadLetters;

    public DeadLetterRoute(DeadLetters deadLetters) {
        this.deadLetters = Objects.requireNonNull(deadLetters, "deadLetters");
    }

    @Override
    public void configure() {
        from(Endpoints.DEAD_LETTER).routeId("dead-letter").process(deadLetters::record);
    }
}
