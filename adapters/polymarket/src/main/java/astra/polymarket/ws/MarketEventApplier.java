package astra.polymarket.ws;

import astra.domain.Side;
import astra.domain.TokenId;
import astra.market.LevelUpdateResult;
import astra.market.OrderBook;
import astra.market.OrderBooks;
import astra.market.PriceLevels;
import java.util.List;
import java.util.Objects;

/**
 * Applies market channel events to the feed thread's books: a snapshot replaces a book, a price
 * change sets levels, a tick size change starts a new epoch. Events that do not change a book
 * (trades, best bid/ask, listings, resolutions) are left to other consumers. Data for a token
 * without a registered book is counted and dropped: the book's tick comes from market metadata
 * at subscription, not from the feed. Runs on the books' owner thread.
 */
public final class MarketEventApplier {
    private final OrderBooks books;
    private long unknownAssetMessages;
    private long levelsApplied;
    private long levelsRefused;

    public MarketEventApplier(OrderBooks books) {
        this.books = Objects.requireNonNull(books, "books");
    }

    public void apply(MarketEvent event) {
        if (event instanceof BookSnapshot s) {
            applySnapshot(s.asset(), s.bids(), s.asks(), s.timestamp().toEpochMilli());
        } else if (event instanceof PriceChange c) {
            applyChanges(c.changes(), c.timestamp().toEpochMilli());
        } else if (event instanceof TickSizeChange t) {
            OrderBook book = books.get(t.asset());
            if (book == null) {
                unknownAssetMessages++;
                return;
            }
            book.changeTickSize(t.newTickSize(), t.timestamp().toEpochMilli());
        }
    }

    private void applyChanges(List<LevelChange> changes, long venueTimeMillis) {
        for (int i = 0, n = changes.size(); i < n; i++) {
            LevelChange c = changes.get(i);
            applyLevel(c.asset(), c.side(), c.price().micros(), c.size().micros(), venueTimeMillis);
        }
    }

    /** One book's snapshot; shared with {@link MarketFrameApplier} so both count alike. */
    void applySnapshot(TokenId asset, PriceLevels bids, PriceLevels asks, long venueTimeMillis) {
        OrderBook book = books.get(asset);
        if (book == null) {
            unknownAssetMessages++;
            return;
        }
        book.applySnapshot(bids, asks, venueTimeMillis);
    }

    /** One level change; shared with {@link MarketFrameApplier} so both count alike. */
    void applyLevel(TokenId asset, Side side, long priceMicros, long sizeMicros, long venueTimeMillis) {
        OrderBook book = books.get(asset);
        if (book == null) {
            unknownAssetMessages++;
            return;
        }
        if (book.applyLevel(side, priceMicros, sizeMicros, venueTimeMillis) == LevelUpdateResult.APPLIED) {
            levelsApplied++;
        } else {
            levelsRefused++;
        }
    }

    /** Snapshots, level changes and tick changes for tokens with no registered book. */
    public long unknownAssetMessages() {
        return unknownAssetMessages;
    }

    public long levelsApplied() {
        return levelsApplied;
    }

    /** Level changes a book refused (awaiting a snapshot, or invalid); the book says which. */
    public long levelsRefused() {
        return levelsRefused;
    }
}
