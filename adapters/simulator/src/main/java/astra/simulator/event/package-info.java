/**
 * What the simulated venue tells the world, shaped after the venue's two WebSocket channels:
 * user-channel {@link astra.simulator.event.OrderEvent} and {@link astra.simulator.event.TradeEvent},
 * and market-channel book snapshots, level changes (new level size, 0 removes), last trade
 * price, tick size changes and market resolution.
 *
 * <p>Invariants: events are immutable records with only exact integer amounts, stamped with the
 * venue's virtual time, and published in the order the venue acted, so a run's event sequence is
 * a deterministic function of its inputs (its hash is a fingerprint of the run).
 */
package astra.simulator.event;
