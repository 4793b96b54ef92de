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
import java.util.List;
import org.junit.jupiter.api.Test;

/** Prints compile times and cycle throughput for the report; asserts only that cycles decided. */
class DecisionThroughputTest {
    private static final int MARKETS = 500;

    @Test
    void shippedRules_compileTimeAndDecisionsPerSecond_arePrinted() throws Exception {
        RuleSetCompiler compiler = new RuleSetCompiler(CLOCK);
        long start = System.nanoTime();
        RuleSet rules = compiler.compile(shippedRulesDir());
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        compiler.compile(shippedRulesDir());
        long rebuildMillis = (System.nanoTime() - start) / 1_000_000;

        DecisionInputs inputs = fiveHundredMarkets();
        try (DecisionEngine engine = new DecisionEngine(() -> rules, new QuoteabilityScorer(), CLOCK)) {
            for (int i = 0; i < 20; i++) {
                engine.decide(inputs); // warm up
            }
            int cycles = 50;
            long decisions = 0;
            start = System.nanoTime();
            for (int i = 0; i < cycles; i++) {
                decisions += engine.decide(inputs).audit().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("RULES-MEASURE compile first %d ms, rebuild %d ms; %d markets: %.1f ms/cycle, "
                    + "%.0f market decisions/s, %.0f rule decisions/s (%d decisions per cycle)%n",
                    firstMillis, rebuildMillis, MARKETS, seconds * 1000 / cycles, MARKETS * cycles / seconds,
                    decisions / seconds, decisions / cycles);
            assertThat(engine.decide(inputs).markets()).hasSize(MARKETS);
        }
    }

    /** A mix: a fifth near the close, a tenth stale, clusters of five, positions and markouts. */
    private static DecisionInputs fiveHundredMarkets() {
        List<MarketFacts> markets = new ArrayList<>();
        List<InventoryFacts> inventory = new ArrayList<>();
        List<MarkoutFacts> markouts = new ArrayList<>();
        List<ParityCandidate> parity = new ArrayList<>();
        long now = CLOCK.millis();
        for (int i = 0; i < MARKETS; i++) {
            String id = "0x" + i;
            MarketFactsBuilder b = market(id).inCluster("c" + i / 5)
                    .closingIn(i % 5 == 0 ? Duration.ofHours(3) : Duration.ofDays(3 + i % 20));
            if (i % 10 == 0) {
                b.dataAge(Duration.ofSeconds(9));
            }
            markets.add(b.build());
            inventory.add(new InventoryFacts(id, 1_000_000, 10_000_000L * (i % 7), 1_000_000));
            markouts.add(new MarkoutFacts(id, i % 40, new BigDecimal(-(i % 50)), new BigDecimal("-2.5")));
            parity.add(new ParityCandidate(id, false, now - 100, now - 1_000 * (i % 4), now));
        }
        return new DecisionInputs(markets, inventory, markouts, List.of(), parity, List.of(),
                AccountHealth.healthy(), 10_000_000_000L, 0);
    }
}
