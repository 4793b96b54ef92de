package astra.rules;

import astra.domain.ConditionId;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * One decision cycle end to end: turn the inputs into rule facts (deriving what Java computes —
 * feed ages, quoteability scores, cluster and portfolio exposure with reservations), run the
 * {@link DecisionCycle} on the rule set in force, and group the decisions per market.
 *
 * <p>Owned by the decision thread, like the {@link DecisionCycle} it wraps.
 */
public final class DecisionEngine implements AutoCloseable {
    private final DecisionCycle cycle;
    private final QuoteabilityScorer scorer;
    private final Clock clock;

    /** {@code rules} is typically {@code liveRules::current}. */
    public DecisionEngine(Supplier<RuleSet> rules, QuoteabilityScorer scorer, Clock clock) {
        this.cycle = new DecisionCycle(rules);
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MarketDecisions decide(DecisionInputs inputs) {
        List<Object> facts = facts(inputs);
        CycleResult result = cycle.run(facts);
        List<String> marketIds = inputs.markets().stream().map(MarketFacts::market).sorted().toList();
        Map<ConditionId, BigDecimal> scores = new HashMap<>();
        for (Object fact : facts) {
            if (fact instanceof QuoteabilityScore s) {
                scores.put(new ConditionId(s.market()), s.score());
            }
        }
        return MarketDecisions.from(result, marketIds, clock.instant(), scores);
    }

    /** The facts a cycle inserts; package-visible so tests can see what the rules see. */
    List<Object> facts(DecisionInputs inputs) {
        List<Object> facts = new ArrayList<>();
        Map<String, String> clusterOfMarket = new HashMap<>();
        for (MarketFacts market : inputs.markets()) {
            facts.add(market);
            facts.add(new MarketFeedAge(new ConditionId(market.market()), market.marketDataAge()));
            facts.add(scorer.score(market));
            clusterOfMarket.put(market.market(), market.cluster());
        }
        facts.addAll(exposures(inputs, clusterOfMarket));
        facts.addAll(inputs.markouts());
        facts.addAll(inputs.resolutionRisks());
        facts.addAll(inputs.parityCandidates());
        facts.addAll(inputs.satelliteSignals());
        facts.add(inputs.account());
        return facts;
    }

    /**
     * Cluster exposure (positions at mark plus reservations) per cluster, and the portfolio's. A
     * position in a market without market facts still counts, in a cluster of its own, so it is
     * never left out of the aggregate.
     */
    private static List<Object> exposures(DecisionInputs inputs, Map<String, String> clusterOfMarket) {
        Map<String, Long> byCluster = new TreeMap<>();
        long total = 0;
        for (InventoryFacts position : inputs.inventory()) {
            String cluster = clusterOfMarket.getOrDefault(position.market(), "market:" + position.market());
            byCluster.merge(cluster, position.atRiskUsdMicros(), Math::addExact);
            total = Math.addExact(total, position.atRiskUsdMicros());
        }
        // Clusters with nothing in them yet are facts too: zero exposure, below any cap.
        clusterOfMarket.values().forEach(cluster -> byCluster.putIfAbsent(cluster, 0L));
        List<Object> facts = new ArrayList<>();
        byCluster.forEach((cluster, exposure) ->
                facts.add(new ClusterExposure(cluster, exposure, inputs.bankrollMicros())));
        facts.add(new PortfolioExposure(total, inputs.satelliteExposureMicros(), inputs.bankrollMicros()));
        return facts;
    }

    @Override
    public void close() {
        cycle.close();
    }
}
