package astra.routes;

import org.apache.camel.builder.RouteConfigurationBuilder;

/**
 * The one error configuration every route shares (it has no id, so it applies to all routes):
 * a failed exchange is not retried — a frame that failed to decode will fail again, and a submit is
 * never blindly repeated (the firewall resolves ambiguous ones by hash) — but handed, as it
 * arrived, to the dead-letter route, and the route goes on with the next message.
 */
public final class ErrorHandlingConfiguration extends RouteConfigurationBuilder {
    @Override
    public void configuration() {
        routeConfiguration()
                .errorHandler(deadLetterChannel(Endpoints.DEAD_LETTER)
                        .useOriginalMessage()
                        .maximumRedeliveries(0)
                        .logExhausted(false));
    }
}
