package astra.simulator.host;

import astra.simulator.event.TradeEvent;
import astra.simulator.event.TradeStatus;
import astra.simulator.event.VenueEvent;
import astra.simulator.event.VenueListener;
import astra.simulator.matching.MakerLeg;
import astra.simulator.matching.Trade;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Every trade the venue matched, with its latest settlement status, indexed by participant and by
 * order, for GET /data/trades and an order's {@code associate_trades}; but not the trades among
 * the crowd alone, which nobody can ask about and which would fill the memory over a long
 * session. Venue thread only.
 */
public final class TradeLedger implements VenueListener {
    /** A trade and where its settlement stands. */
    public record Entry(Trade trade, TradeStatus status, long updatedMillis) {}

    private final Map<String, Entry> byId = new LinkedHashMap<>();
    private final Map<String, List<String>> byOwner = new LinkedHashMap<>();
    private final Map<String, List<String>> byOrder = new LinkedHashMap<>();
    private final Predicate<String> crowd;

    /** @param crowd the owners whose trades among themselves are not kept */
    public TradeLedger(Predicate<String> crowd) {
        this.crowd = crowd;
    }

    @Override
    public void onEvent(VenueEvent event) {
        if (!(event instanceof TradeEvent te)) {
            return;
        }
        Trade t = te.trade();
        if (amongCrowd(t)) {
            return;
        }
        if (!byId.containsKey(t.tradeId())) {
            index(byOwner, t.takerOwner(), t.tradeId());
            index(byOrder, t.takerOrderId(), t.tradeId());
            for (MakerLeg leg : t.makerLegs()) {
                index(byOwner, leg.makerOwner(), t.tradeId());
                index(byOrder, leg.makerOrderId(), t.tradeId());
            }
        }
        byId.put(t.tradeId(), new Entry(t, te.status(), te.timestampMillis()));
    }

    /** The owner's trades, oldest first. */
    public List<Entry> tradesOf(String owner) {
        return byOwner.getOrDefault(owner, List.of()).stream().map(byId::get).toList();
    }

    public List<String> tradeIdsOfOrder(String orderId) {
        return List.copyOf(byOrder.getOrDefault(orderId, List.of()));
    }

    private boolean amongCrowd(Trade t) {
        if (!crowd.test(t.takerOwner())) {
            return false;
        }
        for (MakerLeg leg : t.makerLegs()) {
            if (!crowd.test(leg.makerOwner())) {
                return false;
            }
        }
        return true;
    }

    /**
     * Adds the trade to the key's list once. A trade is indexed whole when first seen, so if the
     * key already lists it (a maker with two legs, say), it is the list's last entry: no need to
     * search the list, which grows all session.
     */
    private static void index(Map<String, List<String>> index, String key, String tradeId) {
        List<String> ids = index.computeIfAbsent(key, k -> new ArrayList<>());
        if (ids.isEmpty() || !ids.get(ids.size() - 1).equals(tradeId)) {
            ids.add(tradeId);
        }
    }
}
