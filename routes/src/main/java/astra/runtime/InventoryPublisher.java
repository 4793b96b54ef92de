package astra.runtime;

import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.TokenId;
import astra.facts.FactMap;
import astra.facts.InventoryFacts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The inventory facts the caps count, one per market: our position at the mark plus the pUSD our
 * open orders reserve there.
 *
 * <p>Every market the session trades has one. So does any market it does not trade where we still
 * hold tokens or reserve pUSD (a position or an order left by an earlier session over another
 * universe): the caps must see all our risk, not only this session's. No book of ours prices such a
 * market and its tokens' roles are not known here, so each of its shares counts at face value (1
 * pUSD, the most a share can be worth) and its net YES is given as 0.
 */
final class InventoryPublisher {
    private static final long FACE_MICROS = 1_000_000L;

    private final FactMap<InventoryFacts> map;
    /** Markets outside the universe whose facts the last publish wrote. */
    private final Set<String> untraded = new HashSet<>();

    InventoryPublisher(FactMap<InventoryFacts> map) {
        this.map = map;
    }

    /**
     * Publishes this cycle's inventory facts; a market outside the universe with nothing held or
     * reserved any more has its fact removed, or the caps would go on counting it.
     */
    void publish(Collection<Market> traded, Collection<Position> positions, Collection<Reservation> reservations,
            Map<TokenId, Price> mids) {
        List<InventoryFacts> facts = of(traded, positions, reservations, mids);
        map.publish(facts);
        Set<String> now = new HashSet<>();
        for (InventoryFacts f : facts.subList(traded.size(), facts.size())) {
            now.add(f.market());
        }
        for (String market : untraded) {
            if (!now.contains(market)) {
                map.remove(market);
            }
        }
        untraded.clear();
        untraded.addAll(now);
    }

    /**
     * The traded markets' facts first, in their order, then the others' by condition id.
     *
     * @param mids this cycle's mids by token; a traded market without one counts at face value
     */
    static List<InventoryFacts> of(Collection<Market> traded, Collection<Position> positions,
            Collection<Reservation> reservations, Map<TokenId, Price> mids) {
        Map<TokenId, Long> holdings = new HashMap<>();
        for (Position pos : positions) {
            holdings.merge(pos.token(), pos.size().micros(), Math::addExact);
        }
        // One read of every reservation, not a query per market per cycle.
        Map<ConditionId, Long> reserved = new HashMap<>();
        for (Reservation r : reservations) {
            if (r instanceof Reservation.Collateral c) {
                reserved.merge(c.market(), c.amount().micros(), Math::addExact);
            }
        }
        List<InventoryFacts> facts = new ArrayList<>(traded.size());
        Set<ConditionId> tradedIds = new HashSet<>(traded.size() * 4 / 3 + 1);
        for (Market m : traded) {
            tradedIds.add(m.conditionId());
            long yes = holdings.getOrDefault(m.yesToken(), 0L);
            long no = holdings.getOrDefault(m.noToken(), 0L);
            long net = yes - no;
            Price mid = mids.get(m.yesToken());
            // |net| × mid when long YES, |net| × (1 − mid) when long NO; micros × micros / 1e6. With
            // no mid this cycle (a stale, crossed or empty book) the position counts at face value:
            // the caps must not count less exactly when the data is bad.
            long exposure = mid == null ? Math.abs(net)
                    : Math.multiplyExact(Math.abs(net), net >= 0 ? mid.micros() : FACE_MICROS - mid.micros())
                            / FACE_MICROS;
            facts.add(new InventoryFacts(m.conditionId().value(), net, exposure,
                    reserved.getOrDefault(m.conditionId(), 0L)));
        }
        Map<ConditionId, long[]> untraded = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));
        for (Position pos : positions) {
            if (!tradedIds.contains(pos.market()) && !pos.size().isZero()) {
                untraded.computeIfAbsent(pos.market(), k -> new long[2])[0] += Math.abs(pos.size().micros());
            }
        }
        reserved.forEach((market, micros) -> {
            if (!tradedIds.contains(market)) {
                untraded.computeIfAbsent(market, k -> new long[2])[1] += micros;
            }
        });
        untraded.forEach((market, atRisk) -> facts.add(new InventoryFacts(market.value(), 0, atRisk[0], atRisk[1])));
        return facts;
    }
}
