package astra.strategy.quote;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Market;
import astra.domain.Order;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The YES book as the rest of the market quotes it: the venue's book less our own resting orders.
 * Fair value must read this, not the venue's book: our quotes sit at the touch, so a mid taken with
 * them in follows wherever we quoted last, and an asymmetric (inventory-skewed) pair walks the mid,
 * the mid walks the next pair, and the quotes chase themselves round the book.
 *
 * <p>The venue shows each token's book merged with its complement's, so each of our orders sits on
 * the YES book somewhere: a YES BUY at p as a bid at p, a YES SELL at p as an ask at p, a NO BUY at
 * q as an ask at 1 − q (the venue mints) and a NO SELL at q as a bid at 1 − q (it merges). Our
 * remaining size comes off that level, and a level left with nothing (or with less than ours: the
 * book has not caught up with a fill yet) goes. An order the book does not show yet (just sent)
 * takes its size from whoever rests at its price; the next frame puts it right.
 */
public final class OthersBook {

    private OthersBook() {}

    /** {@code yes} less {@code ours} (orders of any market: the other markets' are ignored). */
    public static Book of(Book yes, Market market, List<Order> ours) {
        Objects.requireNonNull(yes, "yes");
        Objects.requireNonNull(market, "market");
        Objects.requireNonNull(ours, "ours");
        if (!yes.token().equals(market.yesToken())) {
            throw new IllegalArgumentException("book of token " + yes.token() + " is not the YES book of "
                    + market.conditionId());
        }
        // A market has a handful of our orders at most: sizes per price in plain arrays, not maps of boxed longs.
        Ours bids = new Ours(ours.size());
        Ours asks = new Ours(ours.size());
        for (Order o : ours) {
            boolean yesToken = o.intent().token().equals(market.yesToken());
            if (!yesToken && !o.intent().token().equals(market.noToken())) {
                continue;
            }
            Price price = yesToken ? o.intent().price() : o.intent().price().complement();
            boolean bid = (o.intent().side() == Side.BUY) == yesToken;
            (bid ? bids : asks).add(price.micros(), o.remaining().micros());
        }
        if (bids.isEmpty() && asks.isEmpty()) {
            return yes;
        }
        return new Book(yes.token(), less(yes.bids(), bids), less(yes.asks(), asks), yes.tickSize(), yes.epoch(),
                yes.asOf());
    }

    /** Our remaining size per price on one side of the book. */
    private static final class Ours {
        private final long[] prices;
        private final long[] sizes;
        private int count;

        Ours(int capacity) {
            prices = new long[capacity];
            sizes = new long[capacity];
        }

        void add(long price, long size) {
            for (int i = 0; i < count; i++) {
                if (prices[i] == price) {
                    sizes[i] += size;
                    return;
                }
            }
            prices[count] = price;
            sizes[count++] = size;
        }

        long at(long price) {
            for (int i = 0; i < count; i++) {
                if (prices[i] == price) {
                    return sizes[i];
                }
            }
            return 0;
        }

        boolean isEmpty() {
            return count == 0;
        }
    }

    private static List<BookLevel> less(List<BookLevel> levels, Ours ours) {
        if (ours.isEmpty()) {
            return levels;
        }
        List<BookLevel> left = new ArrayList<>(levels.size());
        for (BookLevel level : levels) {
            long mine = ours.at(level.price().micros());
            long rest = level.size().micros() - mine;
            if (rest > 0) {
                left.add(mine == 0 ? level : new BookLevel(level.price(), new Shares(rest)));
            }
        }
        return left;
    }
}
