/**
 * HTTP to the venue's REST API on the JDK's {@code java.net.http} client.
 *
 * <p>Invariants: every venue error becomes a typed {@link astra.polymarket.rest.VenueException}
 * with the venue's own message; reads and cancels are retried with backoff on 425 (engine restart),
 * 429 and 5xx; an order submit is never retried blindly — a time-out or 5xx on a submit is
 * {@link astra.polymarket.rest.VenueErrorKind#AMBIGUOUS} and must be resolved by the signed
 * order's hash; a client-side token bucket keeps each endpoint family below the venue's limits.
 */
package astra.polymarket.rest;
