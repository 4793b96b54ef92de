package astra.rules;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a cycle's {@link MarketDecisions} as {@link MarketDecisions#from} does, but keeps each
 * market's combined decision while the market's bucket and the account's are the same lists as
 * last cycle (a bucket is a new list only when a decision in it came or went): most markets'
 * decisions do not change from one cycle to the next. Owned by the decision thread.
 */
final class CombinedDecisions {
    private final Map<String, Kept> kept = new HashMap<>();

    private record Kept(ConditionId market, List<Decision> own, List<Decision> account, MarketDecision combined) {}

    MarketDecisions decisions(DecisionCycle.Held held, List<String> marketIds, Instant decidedAt,
            Map<ConditionId, BigDecimal> scores) {
        DecisionBuckets buckets = held.buckets();
        List<Decision> account = buckets.account();
        // A hash map, not a linked one: MarketDecisions copies it into an immutable map, whose order is its own.
        Map<ConditionId, MarketDecision> markets = new HashMap<>(marketIds.size() * 4 / 3 + 1);
        for (String id : marketIds) {
            Kept k = combined(id, buckets.of(id), account);
            markets.put(k.market(), k.combined());
        }
        // A market with decisions but no facts this cycle (none in the shipped rules) comes last, as in
        // from(). Both lists are sorted by id, so one walk finds them.
        int next = 0;
        for (String id : buckets.markets()) {
            while (next < marketIds.size() && marketIds.get(next).compareTo(id) < 0) {
                next++;
            }
            if (next == marketIds.size() || !marketIds.get(next).equals(id)) {
                Kept k = combined(id, buckets.of(id), account);
                markets.put(k.market(), k.combined());
            }
        }
        if (kept.size() > 2 * markets.size() + 16) {
            kept.keySet().removeIf(id -> !markets.containsKey(new ConditionId(id)));
        }
        return new MarketDecisions(held.result().version().id(), decidedAt, markets, account,
                held.result().decisions(), scores);
    }

    private Kept combined(String id, List<Decision> own, List<Decision> account) {
        Kept k = kept.get(id);
        if (k != null && k.own() == own && k.account() == account) {
            return k;
        }
        ConditionId market = k == null ? new ConditionId(id) : k.market();
        Kept made = new Kept(market, own, account, MarketDecisions.combine(market, own, account));
        kept.put(id, made);
        return made;
    }
}
