package astra.simulator.venue;

import astra.simulator.account.Accounts;
import astra.simulator.event.VenueListener;
import astra.simulator.lifecycle.VirtualScheduler;
import astra.simulator.matching.BinaryMarket;
import astra.simulator.matching.BookOrder;
import astra.simulator.matching.OrderRejectedException;
import astra.simulator.matching.Rejection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The venue's mutable state, owned by its single thread and shared by its collaborators. */
final class VenueState {
    final Accounts accounts = new Accounts();
    final VirtualScheduler scheduler;
    final VenueListener events;
    final Map<String, BinaryMarket> markets = new LinkedHashMap<>();
    final Map<String, BinaryMarket> marketsByToken = new HashMap<>();
    /** Every order ever accepted, for cancel answers and FAILED-trade restores. */
    final Map<String, BookOrder> orders = new HashMap<>();
    /** Orders that may still trade, in arrival order (deterministic cancel-all order). */
    final OpenOrders openOrders = new OpenOrders();
    private long nextSequence = 1;
    private long nextTrade = 1;

    VenueState(VirtualScheduler scheduler, VenueListener events) {
        this.scheduler = scheduler;
        this.events = events;
    }

    long now() {
        return scheduler.nowMillis();
    }

    long nextSequence() {
        return nextSequence++;
    }

    /** Order ids look like the venue's (0x + 64 hex digits), derived from the sequence. */
    static String orderIdFor(long sequence) {
        return "0x" + zeroPadded(Long.toHexString(sequence), 64);
    }

    /** "trade-" and the trade's number, at least ten digits. */
    String nextTradeId() {
        return "trade-" + zeroPadded(Long.toString(nextTrade++), 10);
    }

    /** Left-pads with zeros to {@code width} (as the format "%0Nd" does; sequences are positive). */
    private static String zeroPadded(String digits, int width) {
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    BinaryMarket marketOfToken(String tokenId) {
        BinaryMarket m = marketsByToken.get(tokenId);
        if (m == null) {
            throw new OrderRejectedException(Rejection.MARKET_NOT_FOUND, tokenId);
        }
        return m;
    }

    BinaryMarket market(String conditionId) {
        BinaryMarket m = markets.get(conditionId);
        if (m == null) {
            throw new IllegalArgumentException("unknown market " + conditionId);
        }
        return m;
    }
}
