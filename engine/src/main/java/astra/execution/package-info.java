/**
 * Execution primitives: the exact arithmetic between a trading decision and a signed order —
 * fees from a market's published schedule, tick rounding, order amounts as the venue computes
 * them, GTD expirations, the canonical mid and token/dollar conversions.
 *
 * <p>Invariants:
 * <ul>
 *   <li>No {@code double} touches money: prices, sizes, fees and amounts are fixed-point micros or
 *       {@link java.math.BigDecimal}, and every rounding names its direction and says why.
 *   <li>No fee is a literal: every fee comes from the market's {@link astra.domain.FeeSchedule}.
 *   <li>Where rounding has a safe side, it takes it: bids round down and asks up, a buy's cost
 *       rounds up and a sell's proceeds down.
 *   <li>Time is read only through an injected {@link java.time.Clock}.
 *   <li>Bad input is refused with an exception and a message, never turned into a plausible value.
 * </ul>
 */
package astra.execution;
