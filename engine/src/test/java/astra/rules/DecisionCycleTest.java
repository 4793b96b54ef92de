package astra.rules;

import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.feed;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionCycleTest {
    private static RuleSet shipped;

    @BeforeAll
    static void compileShippedRules() throws Exception {
        shipped = new RuleSetCompiler(CLOCK).compile(shippedRulesDir());
    }

    @Test
    void factsOfOneCycle_doNotLeakIntoTheNext() {
        try (DecisionCycle cycle = new DecisionCycle(() -> shipped)) {
            assertThat(cycle.run(List.of(feed("0xa", 60))).decisions()).hasSize(1);

            assertThat(cycle.run(List.of()).decisions()).isEmpty();
            assertThat(cycle.run(List.of(feed("0xb", 60))).decisions())
                    .singleElement().satisfies(d -> assertThat(d.market().orElseThrow().value()).isEqualTo("0xb"));
        }
    }

    @Test
    void eachCycle_takesExactlyOneSnapshot() {
        AtomicInteger snapshots = new AtomicInteger();
        try (DecisionCycle cycle = new DecisionCycle(() -> {
            snapshots.incrementAndGet();
            return shipped;
        })) {
            cycle.run(List.of(feed("0xa", 60), feed("0xb", 60)));
            cycle.run(List.of(feed("0xa", 60)));
        }
        assertThat(snapshots).hasValue(2);
    }

    @Test
    void decisions_comeInAStableOrder() {
        try (DecisionCycle cycle = new DecisionCycle(() -> shipped)) {
            List<Decision> decisions = cycle.run(List.of(feed("0xc", 9), feed("0xa", 9), feed("0xb", 9))).decisions();

            assertThat(decisions).extracting(d -> d.market().orElseThrow().value()).containsExactly("0xa", "0xb", "0xc");
        }
    }

    @Test
    void cycleFromASecondThread_isRefused() {
        try (DecisionCycle cycle = new DecisionCycle(() -> shipped)) {
            cycle.run(List.of());

            CompletableFuture<CycleResult> elsewhere = CompletableFuture.supplyAsync(() -> cycle.run(List.of()));

            assertThatThrownBy(elsewhere::join).hasCauseInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("decision cycles belong to thread");
        }
    }

    @Test
    void decision_becomesAnAuditRecordWithRuleAndVersion() {
        try (DecisionCycle cycle = new DecisionCycle(() -> shipped)) {
            Decision decision = cycle.run(List.of(feed("0xa", 60))).decisions().get(0);

            var record = decision.toRecord(CLOCK.instant());

            assertThat(record.decision()).isEqualTo("HALT_QUOTING");
            assertThat(record.ruleName()).isEqualTo("HaltQuotingWhenMarketFeedStale");
            assertThat(record.rulesVersion()).isEqualTo(shipped.version().id());
            assertThat(record.at()).isEqualTo(CLOCK.instant());
        }
    }
}
