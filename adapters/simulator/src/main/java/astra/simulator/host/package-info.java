/**
 * The venue as hosted behind the server: the seeded world and its exchange, the trade ledger,
 * the dead-man switch and the names the wire needs, all owned by one
 * {@link astra.simulator.host.VenueThread}.
 *
 * <p>Invariants: nothing here is touched off the venue thread (the thread-safe
 * {@link astra.simulator.auth.ApiKeyRegistry} aside); time moves only through
 * {@link astra.simulator.host.HostedVenue#advanceTo(long)}.
 */
package astra.simulator.host;
