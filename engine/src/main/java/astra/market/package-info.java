/**
 * The hot-path market state: one mutable L2 {@link astra.market.OrderBook} per token, kept in an
 * {@link astra.market.OrderBooks} registry, and handed to the rest of Astra as the immutable
 * {@link astra.domain.Book}.
 *
 * <p>Invariants: prices and sizes are {@code long} micros (1e-6), never {@code double}, and a
 * level update allocates nothing; each side holds at most one level per price and no level of
 * size zero; a book has exactly one owner thread (none of these classes is thread-safe: hand
 * books over as {@link astra.domain.Book} snapshots, never share them); a book whose regime
 * changed (a tick size change, a lost feed) is empty and refuses level updates, counting them,
 * until a full snapshot arrives; time is read only through the injected {@link java.time.Clock}.
 */
package astra.market;
