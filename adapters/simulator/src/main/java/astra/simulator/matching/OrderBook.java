package astra.simulator.matching;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NavigableMap;
import java.util.NoSuchElementException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

/**
 * The resting orders of one outcome token in price-time priority. Each level keeps its orders by
 * venue sequence, so a restored order (after a FAILED trade) regains its original place in the
 * queue. Every level whose size changes is remembered until {@link #drainChangedLevels()}, so the
 * market channel can publish one change per level per operation.
 */
public final class OrderBook {
    /** A level whose size changed since the last drain. */
    public record LevelKey(Side side, long priceMicros) {}

    private final String tokenId;
    private final NavigableMap<Long, NavigableMap<Long, BookOrder>> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<Long, NavigableMap<Long, BookOrder>> asks = new TreeMap<>();
    private final Set<LevelKey> changed = new LinkedHashSet<>();

    public OrderBook(String tokenId) {
        this.tokenId = tokenId;
    }

    public String tokenId() {
        return tokenId;
    }

    public void add(BookOrder order) {
        if (!order.tokenId().equals(tokenId) || !order.open() || order.remaining() <= 0) {
            throw new IllegalArgumentException("order " + order.orderId() + " cannot rest on book " + tokenId);
        }
        BookOrder previous = side(order.side())
                .computeIfAbsent(order.price(), p -> new TreeMap<>())
                .putIfAbsent(order.sequence(), order);
        if (previous != null) {
            throw new IllegalStateException("order " + order.orderId() + " is already on book " + tokenId);
        }
        order.markResting(true);
        changed.add(new LevelKey(order.side(), order.price()));
    }

    /** Takes the order off the book (cancelled or fully filled); a no-op if it is not there. */
    public void remove(BookOrder order) {
        NavigableMap<Long, BookOrder> level = side(order.side()).get(order.price());
        if (level == null || level.remove(order.sequence()) == null) {
            return;
        }
        if (level.isEmpty()) {
            side(order.side()).remove(order.price());
        }
        order.markResting(false);
        changed.add(new LevelKey(order.side(), order.price()));
    }

    /** Fills a resting order by {@code size}, removing it when nothing remains. */
    public void fill(BookOrder order, long size) {
        order.fill(size);
        changed.add(new LevelKey(order.side(), order.price()));
        if (order.remaining() == 0) {
            remove(order);
        }
    }

    /**
     * Gives back {@code size} a FAILED trade had taken: the order regains it and, if it had left
     * the book, returns at its original place in the queue (its sequence).
     */
    public void restore(BookOrder order, long size) {
        order.unfill(size, true);
        if (order.resting()) {
            changed.add(new LevelKey(order.side(), order.price()));
        } else {
            add(order);
        }
    }

    /** Orders of one side in priority order (best price first, then oldest), lazily. */
    public Iterable<BookOrder> inPriority(Side side) {
        return () -> new Iterator<>() {
            private final Iterator<NavigableMap<Long, BookOrder>> levels = side(side).values().iterator();
            private Iterator<BookOrder> level = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!level.hasNext() && levels.hasNext()) {
                    level = levels.next().values().iterator();
                }
                return level.hasNext();
            }

            @Override
            public BookOrder next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return level.next();
            }
        };
    }

    public OptionalLong best(Side side) {
        NavigableMap<Long, NavigableMap<Long, BookOrder>> book = side(side);
        return book.isEmpty() ? OptionalLong.empty() : OptionalLong.of(book.firstKey());
    }

    public long levelSize(Side side, long priceMicros) {
        NavigableMap<Long, BookOrder> level = side(side).get(priceMicros);
        if (level == null) {
            return 0;
        }
        long size = 0;
        for (BookOrder o : level.values()) {
            size += o.remaining();
        }
        return size;
    }

    /** Aggregated levels, best first. */
    public List<PriceLevel> levels(Side side) {
        List<PriceLevel> out = new ArrayList<>();
        for (Long price : side(side).keySet()) {
            out.add(new PriceLevel(price, levelSize(side, price)));
        }
        return out;
    }

    /** Every resting order of both sides, bids first, each in priority order. */
    public List<BookOrder> allOrders() {
        List<BookOrder> out = new ArrayList<>();
        inPriority(Side.BUY).forEach(out::add);
        inPriority(Side.SELL).forEach(out::add);
        return out;
    }

    /** The levels changed since the last call, in the order they first changed. */
    public List<LevelKey> drainChangedLevels() {
        List<LevelKey> out = List.copyOf(changed);
        changed.clear();
        return out;
    }

    private NavigableMap<Long, NavigableMap<Long, BookOrder>> side(Side side) {
        return side == Side.BUY ? bids : asks;
    }
}
