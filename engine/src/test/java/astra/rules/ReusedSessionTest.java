package astra.rules;

import static astra.rules.MarketFactsBuilder.market;
import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static org.assertj.core.api.Assertions.assertThat;

import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A long-lived engine (its rules session, held stamps and combined decisions kept from cycle to
 * cycle) decides exactly as a new engine given the same inputs, however much they change between
 * cycles, and the decisions it combines per market are those {@link MarketDecisions#from} combines
 * from the same cycle's decisions.
 */
class ReusedSessionTest {
    private static RuleSet shipped;

    @BeforeAll
    static void compileShippedRules() throws Exception {
        shipped = new RuleSetCompiler(CLOCK).compile(shippedRulesDir());
    }

    @Test
    void longLivedEngine_decidesAsAFreshEngine_cycleAfterCycle() {
        Random random = new Random(5);
        Set<MarketState> statesSeen = new HashSet<>();
        try (DecisionEngine reused = new DecisionEngine(() -> shipped, new QuoteabilityScorer(), CLOCK)) {
            for (int cycle = 0; cycle < 40; cycle++) {
                DecisionInputs inputs = randomInputs(random);

                MarketDecisions decided = reused.decide(inputs);
                MarketDecisions fresh;
                try (DecisionEngine own = new DecisionEngine(() -> shipped, new QuoteabilityScorer(), CLOCK)) {
                    fresh = own.decide(inputs);
                }

                assertThat(decided).as("cycle %d", cycle).isEqualTo(fresh);
                List<String> ids = new ArrayList<>();
                inputs.markets().forEach(m -> ids.add(m.market()));
                ids.sort(null);
                assertThat(decided).as("cycle %d, grouped as from() groups", cycle).isEqualTo(MarketDecisions.from(
                        new CycleResult(shipped.version(), decided.audit()), ids, decided.decidedAt(), decided.scores()));
                decided.markets().values().forEach(d -> statesSeen.add(d.state()));
            }
        }
        // The close-window thresholds come from the policy global: seen only if it is set on reuse.
        assertThat(statesSeen).contains(MarketState.NORMAL, MarketState.CLOSE_WINDOW);
    }

    /** Between 1 and 60 markets: some near the close, some stale, with positions, markouts and parity. */
    private static DecisionInputs randomInputs(Random random) {
        List<MarketFacts> markets = new ArrayList<>();
        List<InventoryFacts> inventory = new ArrayList<>();
        List<MarkoutFacts> markouts = new ArrayList<>();
        List<ParityCandidate> parity = new ArrayList<>();
        long now = CLOCK.millis();
        int count = 1 + random.nextInt(60);
        for (int i = 0; i < count; i++) {
            String id = "0x" + random.nextInt(100);
            if (markets.stream().anyMatch(m -> m.market().equals(id))) {
                continue;
            }
            MarketFactsBuilder b = market(id).inCluster("c" + random.nextInt(8))
                    .closingIn(random.nextInt(4) == 0 ? Duration.ofMinutes(1 + random.nextInt(600))
                            : Duration.ofDays(1 + random.nextInt(30)));
            if (random.nextInt(8) == 0) {
                b.dataAge(Duration.ofSeconds(1 + random.nextInt(20)));
            }
            markets.add(b.build());
            inventory.add(new InventoryFacts(id, random.nextInt(2_000_000) - 1_000_000,
                    10_000_000L * random.nextInt(8), random.nextInt(2_000_000)));
            markouts.add(new MarkoutFacts(id, random.nextInt(50), new BigDecimal(-random.nextInt(60)),
                    new BigDecimal(random.nextInt(7) - 4)));
            parity.add(new ParityCandidate(id, random.nextBoolean(), now - random.nextInt(5_000),
                    now - random.nextInt(5_000), now));
        }
        return new DecisionInputs(markets, inventory, markouts, List.of(), parity, List.of(),
                AccountHealth.healthy(), 10_000_000_000L, 0);
    }
}
