/**
 * The venue's JSON shapes, written from the simulator's events and views: books (best level
 * last, prices and sizes as decimal strings, the SHA-1 book hash), user-channel order and trade
 * messages, market-channel messages, REST order and trade rows. The shapes follow the captured
 * messages in the shared fixtures.
 *
 * <p>Invariants: every amount is written from exact integer millionths (never a double); key order
 * is fixed, so equal inputs give byte-equal frames (what the determinism hash relies on).
 */
package astra.simulator.wire;
