package astra.strategy.parity;

import astra.domain.BookLevel;
import astra.domain.ConditionId;
import astra.domain.Market;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Each market's last priced touch pair for one kind of parity, so a scan whose two touch levels did
 * not move since the market's last scan reuses that pricing instead of repeating the fee maths.
 * Pricing is a pure function of the market (its fee schedule and tick size) and the two levels, so
 * a remembered result equals a fresh one; any difference in the three (an {@code equals} on the
 * records) prices afresh. One entry per market, replaced on change, so it never outgrows the
 * markets scanned. Not thread-safe: it belongs to its scanner's thread.
 */
final class TouchPricingMemo {

    /** How a touch pair is priced when nothing is remembered for it. */
    @FunctionalInterface
    interface Pricing {
        Optional<PricedPair> price(Market market, BookLevel yes, BookLevel no);
    }

    /**
     * A market's last priced touch pair, updated in place: most scans find the same levels again, as
     * the same objects (a book copy that did not change is handed on as the same object) or as equal
     * ones, and neither needs a new entry in the map.
     */
    private static final class Priced {
        private Market market;
        private BookLevel yes;
        private BookLevel no;
        private Optional<PricedPair> pair;

        private Priced(Market market, BookLevel yes, BookLevel no, Optional<PricedPair> pair) {
            remember(market, yes, no, pair);
        }

        private void remember(Market m, BookLevel y, BookLevel n, Optional<PricedPair> p) {
            market = m;
            yes = y;
            no = n;
            pair = p;
        }

        /** The same three objects: comparing identities spares reading their fields. */
        private boolean sameObjects(Market m, BookLevel y, BookLevel n) {
            return market == m && yes == y && no == n;
        }

        private boolean sameValues(Market m, BookLevel y, BookLevel n) {
            return market.equals(m) && yes.equals(y) && no.equals(n);
        }
    }

    private final Pricing pricing;
    private final Map<ConditionId, Priced> last = new HashMap<>();

    TouchPricingMemo(Pricing pricing) {
        this.pricing = pricing;
    }

    Optional<PricedPair> price(Market market, BookLevel yes, BookLevel no) {
        Priced known = last.get(market.conditionId());
        if (known != null && known.sameObjects(market, yes, no)) {
            return known.pair;
        }
        if (known != null && known.sameValues(market, yes, no)) {
            known.remember(market, yes, no, known.pair); // the next look is by identity
            return known.pair;
        }
        Optional<PricedPair> pair = pricing.price(market, yes, no);
        if (known == null) {
            last.put(market.conditionId(), new Priced(market, yes, no, pair));
        } else {
            known.remember(market, yes, no, pair);
        }
        return pair;
    }
}
