package astra.runtime;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import astra.market.OrderBook;
import java.time.Instant;
import java.util.List;

/**
 * One token's book as the feed hands it to the decision snapshots, with what the feed remembers of
 * it between ticks. Used by the feed thread only.
 *
 * <p>Copies are copy-on-write: the levels are copied again only when {@link OrderBook#changes()}
 * says they changed since the last copy, so a tick over 1,000 mostly quiet markets copies the few
 * books that moved instead of all 2,000 (each copy was a list of levels, each level a price and a
 * size). The stamp of each copy stays the tick's: only the level lists are shared between ticks,
 * and they are immutable. The time market data last changed the book is handed out as the same
 * {@link Instant} while it stays the same.
 */
final class FeedBook {
    private final OrderBook book;
    private long copiedChanges;
    /** The levels as last copied; null until the first copy. */
    private List<BookLevel> bids;
    private List<BookLevel> asks;
    private Instant arrival;

    FeedBook(OrderBook book) {
        this.book = book;
    }

    OrderBook book() {
        return book;
    }

    /** The book as of {@code asOf}: its levels best first, all of them. */
    Book copy(Instant asOf) {
        if (bids == null || copiedChanges != book.changes()) {
            bids = bids(book, Integer.MAX_VALUE);
            asks = asks(book, Integer.MAX_VALUE);
            copiedChanges = book.changes();
        }
        return new Book(book.token(), bids, asks, book.tickSize(), book.epoch(), asOf);
    }

    /** When market data last changed the book; null if it never did. */
    Instant arrival() {
        long millis = book.arrivalMillis();
        if (millis == OrderBook.NO_TIME) {
            return null;
        }
        if (arrival == null || arrival.toEpochMilli() != millis) {
            arrival = Instant.ofEpochMilli(millis);
        }
        return arrival;
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
}
