/**
 * The domain: immutable values every other part of Astra speaks in.
 *
 * <p>Invariants: money is exact ({@link astra.domain.Price} and {@link astra.domain.Usd} are
 * fixed-point in 1e-6 units, {@link astra.domain.Shares} in the venue's 1e-6 token units; no
 * {@code double} holds a price, a size or an amount); identifiers are their own types, never bare
 * strings; time is read through an injected {@link java.time.Clock}, and a market's time is
 * described by the three clocks of {@link astra.domain.MarketClocks}, never by "hours to expiry".
 */
package astra.domain;
