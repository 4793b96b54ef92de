/**
 * The satellite book: taker orders on external signals, gated apart from the maker. A signal never
 * moves the maker's fair value. Signals are read from a JSON-lines file
 * ({@link astra.strategy.satellite.SatelliteSignalFile}), the edge is computed after taker fees
 * against the outcome's own current ask, and a candidate is emitted only when the rules' permission
 * allows it (edge, evidence tier) and the satellite budget, kept in {@link astra.domain.Usd}, has
 * room.
 *
 * <p>Invariants: a bad line is reported with its line number and counted, never guessed at; budget
 * reservations never exceed the limit; time comes from the injected clock.
 */
package astra.strategy.satellite;
