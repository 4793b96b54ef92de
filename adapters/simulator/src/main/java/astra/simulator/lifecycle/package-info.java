/**
 * Virtual time and the settlement lifecycle of trades. Nothing here reads the wall clock: the
 * {@link astra.simulator.lifecycle.VirtualScheduler} is the venue's only clock, and it runs due
 * tasks in (time, scheduling order), so a run is reproducible.
 *
 * <p>Invariants: a trade goes MATCHED → MINED → CONFIRMED or MATCHED → RETRYING → FAILED, never
 * both; FAILED is only reachable before MINED, so whatever a FAILED trade credited is still held
 * and can be taken back.
 */
package astra.simulator.lifecycle;
