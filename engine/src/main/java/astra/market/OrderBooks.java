package astra.market;

import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Clock;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The books one feed thread owns, keyed by token. Not thread-safe, like the books in it. A book
 * is registered with its tick size from market metadata when the token is subscribed; data for a
 * token nobody registered has no tick to be judged by and is left to the caller to count.
 */
public final class OrderBooks {
    private final Clock clock;
    private final Map<TokenId, OrderBook> books = new HashMap<>();

    public OrderBooks(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The token's book, created empty and awaiting a snapshot if it was not registered yet. */
    public OrderBook register(TokenId token, TickSize tickSize) {
        return books.computeIfAbsent(token, t -> new OrderBook(t, tickSize, clock));
    }

    public Optional<OrderBook> find(TokenId token) {
        return Optional.ofNullable(books.get(token));
    }

    /** The book or null: for the hot path, which should not allocate an Optional per message. */
    public OrderBook get(TokenId token) {
        return books.get(token);
    }

    public Optional<OrderBook> remove(TokenId token) {
        return Optional.ofNullable(books.remove(token));
    }

    /** Starts a new epoch in every book, e.g. after the market channel reconnected. */
    public void invalidateAll() {
        books.values().forEach(OrderBook::invalidate);
    }

    public int size() {
        return books.size();
    }

    public Collection<OrderBook> all() {
        return Collections.unmodifiableCollection(books.values());
    }
}
