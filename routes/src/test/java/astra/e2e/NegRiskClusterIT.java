package astra.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import astra.backtest.BacktestRun;
import astra.backtest.StepView;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.rules.Decision;
import astra.rules.DecisionKind;
import astra.rules.MarketDecision;
import astra.rules.Policy;
import astra.runtime.CycleTrace;
import astra.runtime.parity.ParityVerdict;
import astra.strategy.select.ActiveSet;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A negRisk event (four outcome markets whose hidden values sum to 1) beside three standalone
 * markets: the event is one cluster everywhere Astra groups markets — in the facts, in the active
 * set's per-cluster limit and in the cluster exposure cap — and parity is denied on every one of
 * its markets by the negRisk rule, while the standalone markets are judged on their books.
 */
class NegRiskClusterIT {
    private static final String WORLD = """
            run: {duration: 4m}
            markets: {standalone: 3, negRiskEvents: 1, outcomesPerEvent: 4}
            closes: {standalone: 0, events: 0}
            ticks: {changes: 0}
            """;
    /**
     * The cluster cap lowered to 3 % of the $1,000 bankroll, $30: one quoted outcome's orders and
     * position (about $20 here) stay below it, two together reach it.
     */
    private static final String CLUSTER_CAP = "0.03";
    private static final int STEPS = 2 * 60 * 2; // two minutes of venue time at 500 ms

    @TempDir
    Path temp;

    @Test
    @Timeout(170)
    void negRiskEvent_isOneCluster_forFactsActiveSetAndCaps_andItsParityIsDeniedByTheNegRiskRule() throws Exception {
        try (E2eBench bench = new E2eBench(temp, WORLD, 7L,
                Map.of("cluster-cap: 0.12", "cluster-cap: " + CLUSTER_CAP),
                E2eBench.properties("astra.decision.period-ms", "500"))) {
            List<Market> event = bench.world.universe().all().stream().filter(Market::negRisk).toList();
            Set<ConditionId> eventIds = event.stream().map(Market::conditionId).collect(Collectors.toSet());
            assertThat(event).as("the scenario's event").hasSize(4);
            String eventCluster = "event:" + event.get(0).negRiskMarketId().orElseThrow().value();
            int maxPerCluster = bench.settings.integer("astra.active-set.max-per-cluster");
            Policy policy = bench.rules.current().policy();
            long bankroll = bench.settings.decimal("astra.bankroll-usd").movePointRight(6).longValueExact();

            Tally t = new Tally();
            BacktestRun run = bench.run("negrisk", v -> { });
            run.start();
            for (int i = 0; i < STEPS; i++) {
                StepView view = run.step();
                checkFactsCluster(view, eventIds, eventCluster);
                view.cycle().ifPresent(c -> {
                    checkActiveSet(c, eventIds, eventCluster, maxPerCluster, t);
                    checkClusterCap(c, bench.facts.inventory().snapshot(), view, eventIds, eventCluster, policy,
                            bankroll, t);
                    checkParity(c, eventIds, t);
                });
            }
            run.stop("end of test");

            // Each check above asserted every cycle; these show that each situation did occur.
            assertThat(t.cyclesWithActiveSet).as("cycles that picked an active set").isGreaterThan(STEPS / 2);
            assertThat(t.eventMarketsLeftOutForTheirCluster)
                    .as("event markets eligible (no veto) yet left out because the event already had %d",
                            maxPerCluster).isPositive();
            assertThat(t.capReachedByTheSumOnly)
                    .as("cycles where the event's outcomes reached the cap together, none alone").isPositive();
            assertThat(t.eventVerdicts).as("negRisk parity verdicts").isGreaterThan(STEPS);
            assertThat(t.standaloneVerdicts).as("standalone parity verdicts").isGreaterThan(STEPS);
            assertThat(t.standaloneAllowed).as("standalone candidates the rules allowed (fresh books)").isPositive();
            assertThat(run.core().parity().count() - run.core().parity().allowedCount())
                    .isEqualTo(run.core().parity().deniedCount());
        }
    }

    private static final class Tally {
        int cyclesWithActiveSet;
        int eventMarketsLeftOutForTheirCluster;
        int capReachedByTheSumOnly;
        int eventVerdicts;
        int standaloneVerdicts;
        int standaloneAllowed;
    }

    /** Every outcome of the event carries the event's cluster; each standalone market a cluster of its own. */
    private static void checkFactsCluster(StepView view, Set<ConditionId> eventIds, String eventCluster) {
        Set<String> standaloneClusters = new HashSet<>();
        int standalone = 0;
        for (MarketFacts f : view.snapshot().facts()) {
            if (eventIds.contains(new ConditionId(f.market()))) {
                assertThat(f.cluster()).as("cluster of event market %s", f.market()).isEqualTo(eventCluster);
                assertThat(f.negRisk()).isTrue();
            } else {
                standaloneClusters.add(f.cluster());
                standalone++;
                assertThat(f.negRisk()).isFalse();
            }
        }
        assertThat(standaloneClusters).hasSize(standalone).doesNotContain(eventCluster);
    }

    private static void checkActiveSet(CycleTrace c, Set<ConditionId> eventIds, String eventCluster,
            int maxPerCluster, Tally t) {
        if (c.active().isEmpty()) {
            return;
        }
        ActiveSet active = c.active().get();
        t.cyclesWithActiveSet++;
        long eventActive = active.markets().stream().filter(eventIds::contains).count();
        assertThat(eventActive).as("event markets in the active set at %s: %s", c.at(), active).isLessThanOrEqualTo(
                maxPerCluster);
        for (ActiveSet.Skipped s : active.skipped()) {
            if (eventIds.contains(s.market()) && c.decisions().of(s.market()).vetoes().isEmpty()
                    && s.reason().startsWith("cluster " + eventCluster + " already has")) {
                t.eventMarketsLeftOutForTheirCluster++;
            }
        }
    }

    /**
     * The event's exposure is the sum over its outcomes (positions at mark plus reservations, as
     * published this cycle); every outcome is reduce-only for the cluster cap exactly when that sum
     * reaches the cap, whether or not any one outcome reaches it alone.
     */
    private static void checkClusterCap(CycleTrace c, Map<String, InventoryFacts> inventory, StepView view,
            Set<ConditionId> eventIds, String eventCluster, Policy policy, long bankroll, Tally t) {
        long sum = 0;
        long largest = 0;
        for (ConditionId id : eventIds) {
            long atRisk = inventory.containsKey(id.value()) ? inventory.get(id.value()).atRiskUsdMicros() : 0;
            sum += atRisk;
            largest = Math.max(largest, atRisk);
        }
        boolean bySumOnly = false;
        for (MarketFacts f : view.snapshot().facts()) {
            ConditionId id = new ConditionId(f.market());
            if (!eventIds.contains(id)) {
                continue;
            }
            BigDecimal cap = policy.clusterCapAt(f.timeToClose());
            long capMicros = cap.multiply(BigDecimal.valueOf(bankroll)).longValue();
            MarketDecision d = c.decisions().of(id);
            List<Decision> capped = d.because().stream()
                    .filter(x -> x.kind() == DecisionKind.REDUCE_ONLY && x.reasonCode().equals("CLUSTER_CAP_REACHED"))
                    .toList();
            assertThat(!capped.isEmpty()).as("%s at %s: event exposure %d µUSD vs cap %d", id, c.at(), sum, capMicros)
                    .isEqualTo(sum >= capMicros);
            capped.forEach(x -> assertThat(x.detail()).startsWith("cluster " + eventCluster + " "));
            bySumOnly |= !capped.isEmpty() && largest < capMicros;
        }
        if (bySumOnly) {
            t.capReachedByTheSumOnly++;
        }
    }

    private static void checkParity(CycleTrace c, Set<ConditionId> eventIds, Tally t) {
        for (Map.Entry<ConditionId, ParityVerdict> e : c.parity().verdicts().entrySet()) {
            ParityVerdict v = e.getValue();
            if (eventIds.contains(e.getKey())) {
                t.eventVerdicts++;
                assertThat(v.allowed()).as("parity on negRisk %s", e.getKey()).isFalse();
                assertThat(v.deniedBy("DenyParityWhenTheCandidateIsNegRisk")).as(v.reason()).isTrue();
                assertThat(v.deniedBy("DenyParityOnNegRiskMarkets")).as(v.reason()).isTrue();
            } else {
                t.standaloneVerdicts++;
                assertThat(v.deniedFor("NEG_RISK_MARKET")).as("standalone %s: %s", e.getKey(), v.reason()).isFalse();
                if (v.allowed()) {
                    t.standaloneAllowed++;
                }
            }
        }
        c.parity().found().forEach(r -> assertThat(eventIds).doesNotContain(r.opportunity().market()));
    }
}
