package astra.runtime;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.market.OrderBook;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Immutable copies of the feed's books for the decision snapshots, copy-on-write: a book's levels
 * are copied again only when {@link OrderBook#changes()} says they changed since the last copy, so
 * a tick over 1,000 mostly quiet markets copies the few books that moved instead of all 2,000
 * (each copy was a list of levels, each level a price and a size). The stamp of each copy stays
 * the tick's: only the level lists are shared between ticks, and they are immutable.
 * Used by the feed thread only.
 */
final class BookCopies {
    private final Map<TokenId, Levels> byToken = new HashMap<>();

    /** The book as of {@code asOf}: its levels best first, all of them. */
    Book copy(OrderBook book, Instant asOf) {
        Levels levels = byToken.get(book.token());
        if (levels == null || levels.of() != book || levels.changes() != book.changes()) {
            levels = new Levels(book, book.changes(), bids(book, Integer.MAX_VALUE), asks(book, Integer.MAX_VALUE));
            byToken.put(book.token(), levels);
        }
        return new Book(book.token(), levels.bids(), levels.asks(), book.tickSize(), book.epoch(), asOf);
    }

    /** A fresh copy of at most {@code depth} levels a side, best first (not kept). */
    static Book copy(OrderBook book, int depth, Instant asOf) {
        return new Book(book.token(), bids(book, depth), asks(book, depth), book.tickSize(), book.epoch(), asOf);
    }

    private static List<BookLevel> bids(OrderBook book, int depth) {
        return levels(book, true, Math.min(depth, book.bidDepth()));
    }

    private static List<BookLevel> asks(OrderBook book, int depth) {
        return levels(book, false, Math.min(depth, book.askDepth()));
    }

    private static List<BookLevel> levels(OrderBook book, boolean bids, int n) {
        BookLevel[] levels = new BookLevel[n];
        for (int i = 0; i < n; i++) {
            long price = bids ? book.bidPriceMicros(i) : book.askPriceMicros(i);
            long size = bids ? book.bidSizeMicros(i) : book.askSizeMicros(i);
            levels[i] = new BookLevel(new Price(price), new Shares(size));
        }
        return List.of(levels);
    }

    /**
     * One book's levels as copied when its change count read {@code changes}; the book itself is
     * kept so that a token whose book was replaced by a new one is never answered from the old.
     */
    private record Levels(OrderBook of, long changes, List<BookLevel> bids, List<BookLevel> asks) {}
}
