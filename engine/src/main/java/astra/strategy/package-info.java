/**
 * Strategy: the pure components between the rules' decisions and the executor — what to quote
 * ({@code quote}), which markets to quote ({@code select}), how our fills fared ({@code markout}),
 * parity between a market's two books ({@code parity}) and the gated satellite book
 * ({@code satellite}). The rules decide what is allowed ({@link astra.strategy.QuotePermissions});
 * these components decide what to do within it.
 *
 * <p>Invariants:
 * <ul>
 *   <li>No I/O (one exception: {@code satellite.SatelliteSignalFile} reads a signal file the caller
 *       names) and no wall time: time comes only from an injected {@link java.time.Clock}.
 *   <li>Money is exact: {@link astra.domain.Price}, {@link astra.domain.Shares},
 *       {@link astra.domain.Usd} or {@link java.math.BigDecimal}. {@code double} is allowed only
 *       inside the continuous model (logit, sigmoid, exp, ln in {@code quote.LogitSpreadModel});
 *       its results become prices only through {@link astra.execution.TickRounding}, bids rounded
 *       down and asks up, before they leave the component.
 *   <li>YES and NO are read from their own books; a NO price is never inferred as 1 − p of YES.
 *       Where 1 − p appears it is the venue's own cross-matching rule applied to a real level or
 *       the expression of a YES ask as a NO bid, and says so.
 *   <li>Bad input is refused with an exception and a message.
 * </ul>
 */
package astra.strategy;
