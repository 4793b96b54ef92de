/**
 * Fault injection: the failures practitioners report from the venue (dropped sockets, a silent
 * market channel whose PING still answers, slow answers, a placed order whose answer is lost,
 * bursts of 425/429/5xx), switched on through {@link astra.simulator.fault.Faults} by hand or by a
 * {@link astra.simulator.fault.FaultSchedule} that {@link astra.simulator.fault.FaultDrills} runs on
 * the venue's clock.
 *
 * <p>Invariants: the knobs are thread-safe; a counted fault ("the next N requests") is consumed
 * exactly once per request; faults change what the client sees, never what the venue did.
 */
package astra.simulator.fault;
