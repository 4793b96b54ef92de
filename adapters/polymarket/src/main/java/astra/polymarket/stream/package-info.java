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
 *
 * <p>What a consumer that builds books from {@link astra.polymarket.stream.MarketStream} must do
 * (this package hands frames on; it keeps no books, so it cannot do it for them):
 * <ol>
 * <li><b>Invalidate on drop.</b> Give the stream a
 * {@link astra.polymarket.stream.MarketStream.Listener} and, on {@code onDrop(assets)}, invalidate
 * the books of those assets (e.g. {@code OrderBook.invalidate()}) in the same queue as the
 * frames. Between a drop and the snapshot after the reopen every change is lost; a book left
 * as it was would keep serving old levels that merely look quiet. {@code onReopen(assets)} says
 * their snapshots are on the way.</li>
 * <li><b>Resnapshot a book that is stale or awaits a snapshot.</b> A book whose market data is
 * older than its allowed silence (the channel went silent while PONGs continue), or that still
 * awaits a snapshot a while after a tick size change or a reconnect, will not heal by itself:
 * call {@link astra.polymarket.stream.MarketStream#resnapshot} with those assets. Whether the venue
 * re-sends a {@code book} after a {@code tick_size_change} is not verified (the simulator does),
 * so a consumer must not wait on it. Resnapshot reopens the connections holding them, which
 * drops the other books of those connections too (they are reported and re-sent as well): call it
 * for all stale assets at once, and give the snapshots time to arrive (a backoff delay plus a
 * round trip) before calling it again for the same assets.</li>
 * </ol>
 */
package astra.polymarket.stream;
