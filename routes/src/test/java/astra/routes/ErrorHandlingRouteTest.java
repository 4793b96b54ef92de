package astra.routes;

import static org.assertj.core.api.Assertions.assertThat;

import astra.runtime.DeadLetters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.concurrent.TimeUnit;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

class ErrorHandlingRouteTest extends CamelTestSupport {
    private final DeadLetters deadLetters = new DeadLetters(new SimpleMeterRegistry());

    @Override
    protected RoutesBuilder[] createRouteBuilders() {
        return new RoutesBuilder[] {new ErrorHandlingConfiguration(), new DeadLetterRoute(deadLetters),
            new RouteBuilder() {
                @Override
                public void configure() {
                    // Stands in for a feed route: a frame it cannot handle throws.
                    from("seda:frames").routeId("feed-under-test")
                            .process(e -> {
                                if (e.getIn().getBody(String.class).startsWith("bad")) {
                                    throw new IllegalArgumentException("cannot decode " + e.getIn().getBody());
                                }
                            })
                            .setBody(simple("${body}-handled"))
                            .to("mock:out");
                }
            }};
    }

    @Test
    void failingFrame_goesToDeadLetter_withOriginalBody_andLaterFramesStillFlow() throws Exception {
        MockEndpoint out = getMockEndpoint("mock:out");
        out.expectedBodiesReceived("good-1-handled", "good-2-handled");
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("feed-under-test").whenCompleted(3).create();

        template.sendBody("seda:frames", "good-1");
        template.sendBody("seda:frames", "bad-frame");
        template.sendBody("seda:frames", "good-2");

        assertThat(done.matches(10, TimeUnit.SECONDS)).isTrue();
        out.assertIsSatisfied();
        assertThat(deadLetters.count("feed-under-test")).isEqualTo(1.0);
        assertThat(deadLetters.recent()).singleElement().satisfies(letter -> {
            assertThat(letter.routeId()).isEqualTo("feed-under-test");
            assertThat(letter.body()).isEqualTo("bad-frame");
            assertThat(letter.cause()).contains("IllegalArgumentException").contains("cannot decode bad-frame");
        });
        assertThat(context.getRouteController().getRouteStatus("feed-under-test").isStarted()).isTrue();
    }

    @Test
    void failureAfterBodyChanged_deadLettersTheMessageAsItArrived() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:transform").routeId("transform-then-fail")
                        .setBody(constant("rewritten"))
                        .throwException(new IllegalStateException("late failure"));
            }
        });

        template.sendBody("direct:transform", "as-received");

        assertThat(deadLetters.recent()).singleElement()
                .satisfies(letter -> assertThat(letter.body()).isEqualTo("as-received"));
    }
}
