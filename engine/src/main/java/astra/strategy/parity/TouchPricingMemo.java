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

    private record Touch(Market market, BookLevel yes, BookLevel no) {
        /**
         * The same three objects: a book copy that did not change is handed on as the same object,
         * so most touches are, and comparing identities spares reading their fields.
         */
        boolean sameObjects(Market m, BookLevel y, BookLevel n) {
            return market == m && yes == y && no == n;
        }
    }

    private record Priced(Touch touch, Optional<PricedPair> pair) {}

    private final Pricing pricing;
    private final Map<ConditionId, Priced> last = new HashMap<>();

    TouchPricingMemo(Pricing pricing) {
        this.pricing = pricing;
    }

    Optional<PricedPair> price(Market market, BookLevel yes, BookLevel no) {
        Priced known = last.get(market.conditionId());
        if (known != null && known.touch().sameObjects(market, yes, no)) {
            return known.pair();
        }
        Touch touch = new Touch(market, yes, no);
        if (known != null && known.touch().equals(touch)) {
            last.put(market.conditionId(), new Priced(touch, known.pair())); // the next look is by identity
            return known.pair();
        }
        Optional<PricedPair> pair = pricing.price(market, yes, no);
        last.put(market.conditionId(), new Priced(touch, pair));
        return pair;
    }
}
