package astra.simulator.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides, without changing anything, what a taker would match. Two sources compete in one
 * price-time queue, ranked by the price they give the taker on the taker's own token:
 * <ul>
 *   <li>direct: resting orders of the opposite side on the same token, at the maker's price;</li>
 *   <li>complementary: resting orders of the same side on the other outcome's token, at 1 − the
 *       maker's price. A BUY of YES at p against a resting BUY of NO at q ≥ 1 − p mints a new
 *       YES/NO pair from p' + q = 1 of collateral (mint); a SELL of YES against a resting SELL of
 *       NO burns a pair back into collateral (merge).</li>
 * </ul>
 * Ties at the same taker price go to the older order (lower venue sequence), whichever book it
 * rests on. The maker always trades at its own limit; any price improvement goes to the taker.
 *
 * <p>Self-trade choice: a taker never trades with its own owner's resting orders. Each one the
 * taker reaches before it is filled is reported in {@link MatchPlan#selfTrades()} so the venue can
 * cancel it (cancel-resting prevention): this keeps the book uncrossed when the taker's remainder
 * rests, and never prints a wash trade.
 */
public final class MatchPlanner {

    /** One maker the taker would trade with, and the price on the taker's token. */
    public record PlannedFill(BookOrder maker, long sizeMicros, long takerPriceMicros, boolean complementary) {}

    /** The fills in order, the taker's own resting orders reached, and the total size filled. */
    public record MatchPlan(List<PlannedFill> fills, List<BookOrder> selfTrades, long filledMicros) {
        public MatchPlan {
            fills = List.copyOf(fills);
            selfTrades = List.copyOf(selfTrades);
        }
    }

    private record Candidate(BookOrder order, long takerPrice, boolean complementary) {}

    public MatchPlan plan(BinaryMarket market, OrderRequest taker, long sizeMicros) {
        List<PlannedFill> fills = new ArrayList<>();
        List<BookOrder> selfTrades = new ArrayList<>();
        long remaining = sizeMicros;
        for (Candidate c : candidates(market, taker)) {
            if (remaining == 0) {
                break;
            }
            if (c.order().owner().equals(taker.owner())) {
                selfTrades.add(c.order());
                continue;
            }
            long take = Math.min(remaining, c.order().remaining());
            fills.add(new PlannedFill(c.order(), take, c.takerPrice(), c.complementary()));
            remaining -= take;
        }
        return new MatchPlan(fills, selfTrades, sizeMicros - remaining);
    }

    /** Whether the order would trade with anything resting, its owner's own orders included. */
    public boolean crosses(BinaryMarket market, OrderRequest request) {
        return !candidates(market, request).isEmpty();
    }

    private List<Candidate> candidates(BinaryMarket market, OrderRequest taker) {
        List<Candidate> out = new ArrayList<>();
        for (BookOrder o : market.book(taker.tokenId()).inPriority(taker.side().opposite())) {
            if (!acceptable(taker, o.price())) {
                break;
            }
            out.add(new Candidate(o, o.price(), false));
        }
        OrderBook other = market.book(market.complementOf(taker.tokenId()));
        for (BookOrder o : other.inPriority(taker.side())) {
            long takerPrice = Amounts.complement(o.price());
            if (!acceptable(taker, takerPrice)) {
                break;
            }
            out.add(new Candidate(o, takerPrice, true));
        }
        Comparator<Candidate> byPrice = Comparator.comparingLong(Candidate::takerPrice);
        if (taker.side() == Side.SELL) {
            byPrice = byPrice.reversed();
        }
        out.sort(byPrice.thenComparingLong(c -> c.order().sequence()));
        return out;
    }

    private static boolean acceptable(OrderRequest taker, long takerPrice) {
        return taker.side() == Side.BUY ? takerPrice <= taker.priceMicros() : takerPrice >= taker.priceMicros();
    }
}
