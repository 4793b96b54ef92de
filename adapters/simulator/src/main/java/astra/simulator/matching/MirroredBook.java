package astra.simulator.matching;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/**
 * One token's book as the venue's market data shows it: its own resting orders merged with the
 * other outcome's orders seen through the complement. A BUY of NO at q is liquidity to SELL YES at
 * 1 − q (the venue mints the pair), so it shows as a YES ask at 1 − q; a SELL of NO at q is a YES
 * bid at 1 − q (merge). Sizes at the same price add up. This is exactly what a taker can reach
 * (see {@link MatchPlanner}), so the merged view is never crossed.
 */
public final class MirroredBook {
    private final OrderBook own;
    private final OrderBook other;

    public MirroredBook(OrderBook own, OrderBook other) {
        this.own = own;
        this.other = other;
    }

    public static MirroredBook of(BinaryMarket market, String tokenId) {
        return new MirroredBook(market.book(tokenId), market.book(market.complementOf(tokenId)));
    }

    public String tokenId() {
        return own.tokenId();
    }

    /** A level of the other book as it appears on this one: the other side, at 1 − price. */
    public static OrderBook.LevelKey mirror(OrderBook.LevelKey key) {
        return new OrderBook.LevelKey(key.side().opposite(), Amounts.complement(key.priceMicros()));
    }

    /** Merged levels of one side, best first. */
    public List<PriceLevel> levels(Side side) {
        List<PriceLevel> direct = own.levels(side);
        List<PriceLevel> mirrored = other.levels(side.opposite()).stream()
                .map(l -> new PriceLevel(Amounts.complement(l.priceMicros()), l.sizeMicros()))
                .toList();
        return merge(direct, mirrored, side == Side.BUY);
    }

    public long levelSize(Side side, long priceMicros) {
        return own.levelSize(side, priceMicros) + other.levelSize(side.opposite(), Amounts.complement(priceMicros));
    }

    public OptionalLong best(Side side) {
        OptionalLong direct = own.best(side);
        OptionalLong mirrored = other.best(side.opposite());
        if (mirrored.isPresent()) {
            mirrored = OptionalLong.of(Amounts.complement(mirrored.getAsLong()));
        }
        if (direct.isEmpty()) {
            return mirrored;
        }
        if (mirrored.isEmpty()) {
            return direct;
        }
        long a = direct.getAsLong();
        long b = mirrored.getAsLong();
        return OptionalLong.of(side == Side.BUY ? Math.max(a, b) : Math.min(a, b));
    }

    /**
     * The levels of this view touched by changes on either book: the own book's changes as they
     * are, the other book's mirrored; each level once, in the order first seen.
     */
    public static List<OrderBook.LevelKey> touched(List<OrderBook.LevelKey> ownChanges,
                                                   List<OrderBook.LevelKey> otherChanges) {
        Set<OrderBook.LevelKey> out = new LinkedHashSet<>(ownChanges);
        otherChanges.forEach(k -> out.add(mirror(k)));
        return List.copyOf(out);
    }

    /** Merges two best-first level lists (descending for bids, ascending for asks), adding equal prices. */
    private static List<PriceLevel> merge(List<PriceLevel> a, List<PriceLevel> b, boolean descending) {
        List<PriceLevel> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (j == b.size()) {
                out.add(a.get(i++));
            } else if (i == a.size()) {
                out.add(b.get(j++));
            } else {
                long pa = a.get(i).priceMicros();
                long pb = b.get(j).priceMicros();
                if (pa == pb) {
                    out.add(new PriceLevel(pa, a.get(i++).sizeMicros() + b.get(j++).sizeMicros()));
                } else if (descending == pa > pb) {
                    out.add(a.get(i++));
                } else {
                    out.add(b.get(j++));
                }
            }
        }
        return out;
    }
}
