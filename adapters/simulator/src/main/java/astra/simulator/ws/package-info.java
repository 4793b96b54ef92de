/**
 * The venue's two WebSocket channels: {@code /ws/market} (books, level changes, last trades, tick
 * changes, best bid/ask and resolutions, per subscribed asset) and {@code /ws/user} (an account's
 * own order and trade messages, after auth in the subscribe message).
 *
 * <p>Invariants: channel state (subscriptions, last tops) is touched only on the venue thread;
 * "PING" is answered "PONG" even while the market channel is silenced; every market frame the
 * venue emits is recorded (hash and optional tap) before any fault filters it, so the recording is
 * a function of the venue's run alone.
 */
package astra.simulator.ws;
