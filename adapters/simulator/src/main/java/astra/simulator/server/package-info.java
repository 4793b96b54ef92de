/**
 * The simulated venue as a server on loopback: {@link astra.simulator.server.SimulatorServer}
 * starts Vert.x with the venue's REST paths, Gamma, data-API and JSON-RPC endpoints and its two
 * WebSocket channels, in front of a seeded {@link astra.simulator.world.World}.
 *
 * <p>Invariants: the exchange, the world and every channel subscription are owned by one thread,
 * the {@link astra.simulator.host.VenueThread}; HTTP and WebSocket handlers only hand work to it
 * and answer when it is done. In virtual time nothing moves the clock but the caller, so a run is
 * a deterministic function of the seed and the requests.
 */
package astra.simulator.server;
