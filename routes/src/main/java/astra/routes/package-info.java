/**
 * Astra's Camel routes, one {@link org.apache.camel.builder.RouteBuilder} per flow. Routes decode,
 * normalise and hand over; they hold no trading logic (that lives in the beans they call, in
 * {@code astra.runtime} and the engine).
 *
 * <p>Invariants: every route runs under the one shared error configuration
 * ({@link astra.routes.ErrorHandlingConfiguration}): a failed exchange goes to the dead-letter
 * route, which logs it and counts it, and the route carries on. Endpoint URIs are in
 * {@link astra.routes.Endpoints}; periods come from properties with documented defaults.
 */
package astra.routes;
