package astra.rules;

import astra.domain.ConditionId;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.ParityCandidate;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One decision cycle end to end: turn the inputs into rule facts (deriving what Java computes —
 * feed ages, quoteability scores, cluster and portfolio exposure with reservations), run the
 * {@link DecisionCycle} on the rule set in force, and group the decisions per market.
 *
 * <p>An engine remembers from one cycle to the next: the facts' stamps it holds while their times
 * cross no threshold ({@link HeldStamps}), the rules session with the facts it holds, and each
 * market's combined decision ({@link CombinedDecisions}). So a cycle costs what changed; its
 * decisions are those a new engine would reach on the same inputs.
 *
 * <p>Owned by the decision thread, like the {@link DecisionCycle} it wraps.
 */
public final class DecisionEngine implements AutoCloseable {
    private final Supplier<RuleSet> rules;
    private final DecisionCycle cycle;
    private final HeldStamps stamps = new HeldStamps();
    private final CombinedDecisions combined = new CombinedDecisions();
    private final QuoteabilityScorer scorer;
    private final Clock clock;

    /** {@code rules} is typically {@code liveRules::current}. */
    public DecisionEngine(Supplier<RuleSet> rules, QuoteabilityScorer scorer, Clock clock) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.cycle = new DecisionCycle(rules);
        this.scorer = Objects.requireNonNull(scorer, "scorer");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public MarketDecisions decide(DecisionInputs inputs) {
        // One snapshot for the stamps' thresholds and the cycle: a reload in between cannot mix them.
        RuleSet snapshot = Objects.requireNonNull(rules.get(), "no rule set in force");
        Map<ConditionId, BigDecimal> scores = new HashMap<>(capacity(inputs.markets().size()));
        List<Object> facts = facts(snapshot, inputs, scores);
        DecisionCycle.Held held = cycle.run(snapshot, facts);
        List<String> marketIds = new ArrayList<>(inputs.markets().size());
        for (MarketFacts market : inputs.markets()) {
            marketIds.add(market.market());
        }
        marketIds.sort(null);
        return combined.decisions(held, marketIds, clock.instant(), scores);
    }

    /**
     * The facts a cycle inserts, putting each market's quoteability score into {@code scores} too.
     * Market facts, parity candidates and the account's health go in as {@link HeldStamps} holds
     * them; the score is a value the rules compare, so it is counted from the facts as stamped at
     * the cycle.
     */
    private List<Object> facts(RuleSet snapshot, DecisionInputs inputs, Map<ConditionId, BigDecimal> scores) {
        stamps.usePolicy(snapshot.policy());
        List<Object> facts = new ArrayList<>(4 * inputs.markets().size() + inputs.markouts().size()
                + inputs.parityCandidates().size() + 64);
        Map<String, String> clusterOfMarket = new HashMap<>(capacity(inputs.markets().size()));
        for (MarketFacts live : inputs.markets()) {
            MarketFacts market = stamps.market(live);
            ConditionId id = new ConditionId(market.market());
            QuoteabilityScore score = scorer.score(live);
            facts.add(market);
            facts.add(stamps.feedAge(new MarketFeedAge(id, market.marketDataAge())));
            facts.add(score);
            scores.put(id, score.score());
            clusterOfMarket.put(market.market(), market.cluster());
        }
        facts.addAll(exposures(inputs, clusterOfMarket));
        facts.addAll(inputs.markouts());
        facts.addAll(inputs.resolutionRisks());
        for (ParityCandidate candidate : inputs.parityCandidates()) {
            facts.add(stamps.candidate(candidate));
        }
        facts.addAll(inputs.satelliteSignals());
        facts.add(stamps.account(inputs.account()));
        return facts;
    }

    /** A hash map's initial capacity that holds {@code entries} without growing. */
    private static int capacity(int entries) {
        return entries * 4 / 3 + 1;
    }

    /**
     * Cluster exposure (positions at mark plus reservations) per cluster, and the portfolio's. A
     * position in a market without market facts still counts, in a cluster of its own, so it is
     * never left out of the aggregate.
     */
    private static List<Object> exposures(DecisionInputs inputs, Map<String, String> clusterOfMarket) {
        // Summed in a hash map, then put in the clusters' order: the facts go in sorted by cluster,
        // as a sorted map would give them, without a sorted map's text comparisons per position.
        Map<String, Long> byCluster = new HashMap<>(capacity(clusterOfMarket.size()));
        long total = 0;
        for (InventoryFacts position : inputs.inventory()) {
            String cluster = clusterOfMarket.getOrDefault(position.market(), "market:" + position.market());
            byCluster.merge(cluster, position.atRiskUsdMicros(), Math::addExact);
            total = Math.addExact(total, position.atRiskUsdMicros());
        }
        // Clusters with nothing in them yet are facts too: zero exposure, below any cap.
        clusterOfMarket.values().forEach(cluster -> byCluster.putIfAbsent(cluster, 0L));
        List<String> clusters = new ArrayList<>(byCluster.keySet());
        clusters.sort(null);
        List<Object> facts = new ArrayList<>(clusters.size() + 1);
        for (String cluster : clusters) {
            facts.add(new ClusterExposure(cluster, byCluster.get(cluster), inputs.bankrollMicros()));
        }
        facts.add(new PortfolioExposure(total, inputs.satelliteExposureMicros(), inputs.bankrollMicros()));
        return facts;
    }

    @Override
    public void close() {
        cycle.close();
    }
}
