/**
 * The domain: immutable values every other part of Astra speaks in.
 *
 * <p>Invariants: money is exact ({@link astra.domain.Price} and {@link astra.domain.Usd} are
 * fixed-point in 1e-6 units, {@link astra.domain.Shares} in the venue's 1e-6 token units; no
 * {@code double} holds a price, a size or an amount); identifiers are their own types, never bare
 * strings; time is read through an injected {@link java.time.Clock}, and a market's time is
 * described by the three clocks of {@link astra.domain.MarketClocks}, never by "hours to expiry".
 *
 * <p>Equals and the JIT: the ids and amounts a book move compares and hashes on every call
 * ({@code TokenId}, {@code ConditionId}, {@code ClientOrderId}, {@code OrderId}, {@code Price},
 * {@code Shares}, {@code Usd}) write out their {@code equals} and {@code hashCode}, with the same
 * results as the record's. A record's generated ones run through method-handle chains that every
 * record of the same shape shares, so their type profile is every caller's: once a session's other
 * records went through them, the JIT threw away the compiled quoting path (a type check it had
 * inlined failed) and ran it as slower code for minutes (docs/benchmarks.md, latency).
 *
 * <p>Hashing ids: a decision cycle looks up every market's and token's entry in a dozen maps keyed
 * by {@code TokenId} or {@code ConditionId}. {@code TokenId} and {@code ConditionId} are therefore
 * final classes that keep their text's hash in a field: a lookup then reads the id alone, not the
 * id and then its string, a second object to load for each of hundreds of markets (docs/benchmarks.md,
 * backtest-day). Their equality and hash are those a record of the one string would have.
 */
package astra.domain;
