package astra.runtime;

import astra.domain.Book;
import astra.domain.BookLevel;
import astra.domain.Price;
import astra.domain.Shares;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The YES book as the venue matches against it: a YES buy at b also meets NO bids at ≥ 1 − b (a
 * mint), and a YES sell at a also meets NO asks at ≤ 1 − a (a merge). So the effective YES asks
 * are the YES asks plus each real NO bid q at 1 − q, and the effective bids the YES bids plus each
 * real NO ask q at 1 − q. Used for the mid, the touch and the depth the rules see; the quoter still
 * reads both real books for its guard. Markets where makers only bid (common, and the simulator's
 * crowd) have an empty YES ask side without this.
 */
public final class EffectiveBook {
    private EffectiveBook() {}

    public static Book yes(Book yesBook, Book noBook) {
        Map<Long, Long> bids = new TreeMap<>(Comparator.reverseOrder());
        Map<Long, Long> asks = new TreeMap<>();
        yesBook.bids().forEach(l -> bids.merge(l.price().micros(), l.size().micros(), Long::sum));
        yesBook.asks().forEach(l -> asks.merge(l.price().micros(), l.size().micros(), Long::sum));
        noBook.asks().forEach(l -> bids.merge(1_000_000 - l.price().micros(), l.size().micros(), Long::sum));
        noBook.bids().forEach(l -> asks.merge(1_000_000 - l.price().micros(), l.size().micros(), Long::sum));
        return new Book(yesBook.token(), levels(bids), levels(asks), yesBook.tickSize(), yesBook.epoch(),
                yesBook.asOf().isBefore(noBook.asOf()) ? yesBook.asOf() : noBook.asOf());
    }

    private static List<BookLevel> levels(Map<Long, Long> byPrice) {
        List<BookLevel> levels = new ArrayList<>(byPrice.size());
        byPrice.forEach((price, size) -> levels.add(new BookLevel(new Price(price), new Shares(size))));
        return levels;
    }
}
