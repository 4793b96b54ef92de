/**
 * WebSocket connections to the venue's channels, on the JDK's {@code java.net.http.WebSocket}.
 *
 * <p>Invariants: a connection that drops is reopened with exponential backoff and jitter, and on
 * every (re)open its subscriptions are sent again so the venue re-sends full book snapshots; a text
 * "PING" goes out every 10 s (the venue answers "PONG"); no market connection carries more than
 * {@link astra.polymarket.stream.MarketStream#DEFAULT_MAX_ASSETS_PER_CONNECTION} assets. Liveness
 * of the socket says nothing about the freshness of market data: staleness is judged downstream,
 * from the data itself, because the channel can go silent while PONG continues. The user channel's
 * subscription carries the API secret and passphrase: no payload is ever logged, and
 * {@link astra.polymarket.stream.UserStream} prints no credential.
 */
package astra.polymarket.stream;
