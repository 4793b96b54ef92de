package astra.rules;

import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.CLUSTER_CAP_RULE;
import static astra.rules.RulesTestSupport.CLUSTER_CAP_RULE_FILE;
import static astra.rules.RulesTestSupport.copyOfShippedRules;
import static astra.rules.RulesTestSupport.edit;
import static astra.rules.RulesTestSupport.feed;
import static astra.rules.RulesTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveRulesTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(CLOCK);

    @TempDir
    Path temp;

    @Test
    void brokenEdit_isRefusedCountedAndThePreviousVersionKeepsDeciding() throws Exception {
        Path dir = copyOfShippedRules(temp);
        LiveRules live = LiveRules.load(compiler, CLOCK, dir);
        String before = live.current().version().id();
        try (DecisionCycle cycle = new DecisionCycle(live::current)) {
            write(dir, "astra/rules/broken.drl", "package astra.rules;\n\nrule \"Broken\"\nwhen\n    MarketFeedAge( age > )\nthen\nend\n");

            LoadAttempt attempt = live.tryReload(dir);

            assertThat(attempt.outcome()).isEqualTo(LoadAttempt.Outcome.REFUSED);
            assertThat(attempt.versionId()).isNotEqualTo(before);
            assertThat(attempt.messages()).anySatisfy(m -> {
                assertThat(m.file()).isEqualTo("astra/rules/broken.drl");
                assertThat(m.line()).isEqualTo(5);
            });
            assertThat(live.loadsRefused()).isEqualTo(1);
            assertThat(live.loadsOk()).isEqualTo(1);
            assertThat(live.current().version().id()).isEqualTo(before);
            CycleResult result = cycle.run(List.of(feed("0xa", 60)));
            assertThat(result.version().id()).isEqualTo(before);
            assertThat(result.decisions()).singleElement()
                    .satisfies(d -> assertThat(d.rulesVersion()).isEqualTo(before));
        }
        assertThat(live.history()).extracting(LoadAttempt::outcome)
                .containsExactly(LoadAttempt.Outcome.LOADED, LoadAttempt.Outcome.REFUSED);
    }

    @Test
    void clusterCapEdit_isPickedUpByTheNextCycle() throws Exception {
        Path dir = copyOfShippedRules(temp);
        write(dir, CLUSTER_CAP_RULE_FILE, CLUSTER_CAP_RULE);
        LiveRules live = LiveRules.load(compiler, CLOCK, dir);
        // 0.11 of bankroll in one cluster: inside the shipped cap 0.12, above an edited cap 0.10.
        List<Object> facts = List.of(new ClusterExposureProbe("us-election", new BigDecimal("0.11")));
        try (DecisionCycle cycle = new DecisionCycle(live::current)) {
            assertThat(cycle.run(facts).decisions()).isEmpty();

            edit(dir.resolve("policy.yaml"), "cluster-cap: 0.12", "cluster-cap: 0.10");
            LoadAttempt attempt = live.tryReload(dir);

            assertThat(attempt.outcome()).isEqualTo(LoadAttempt.Outcome.LOADED);
            assertThat(live.current().policy().portfolio().clusterCap()).isEqualTo(new BigDecimal("0.10"));
            CycleResult next = cycle.run(facts);
            assertThat(next.version().id()).isEqualTo(attempt.versionId());
            assertThat(next.decisions()).singleElement().satisfies(d -> {
                assertThat(d.market()).isEmpty();
                assertThat(d.kind()).isEqualTo(DecisionKind.CAP_OVERRIDE);
                assertThat(d.ruleName()).isEqualTo("CapClusterAbovePolicy");
                assertThat(d.rulesVersion()).isEqualTo(attempt.versionId());
                assertThat(d.detail()).isEqualTo("us-election at 0.11 over cap 0.10");
            });
        }
    }

    @Test
    void invalidPolicyEdit_isRefusedAndTheOldPolicyStays() throws Exception {
        Path dir = copyOfShippedRules(temp);
        LiveRules live = LiveRules.load(compiler, CLOCK, dir);

        edit(dir.resolve("policy.yaml"), "cluster-cap: 0.12", "cluster-cap: 1.5");
        LoadAttempt tooHigh = live.tryReload(dir);
        edit(dir.resolve("policy.yaml"), "cluster-cap: 1.5", "cluster-cap: 0.12\n  cluster-cap-override: 0.5");
        LoadAttempt unknownKey = live.tryReload(dir);

        assertThat(tooHigh.outcome()).isEqualTo(LoadAttempt.Outcome.REFUSED);
        assertThat(tooHigh.messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("portfolio.cluster-cap"));
        assertThat(unknownKey.outcome()).isEqualTo(LoadAttempt.Outcome.REFUSED);
        assertThat(unknownKey.messages()).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("portfolio.cluster-cap-override", "unknown key"));
        assertThat(live.loadsRefused()).isEqualTo(2);
        assertThat(live.current().policy().portfolio().clusterCap()).isEqualTo(new BigDecimal("0.12"));
    }

    @Test
    void touchWithoutEdit_isUnchangedAndNeitherCountedNorRecompiled() throws Exception {
        Path dir = copyOfShippedRules(temp);
        LiveRules live = LiveRules.load(compiler, CLOCK, dir);
        RuleSet before = live.current();

        Files.setLastModifiedTime(dir.resolve("policy.yaml"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        LoadAttempt attempt = live.tryReload(dir);

        assertThat(attempt.outcome()).isEqualTo(LoadAttempt.Outcome.UNCHANGED);
        assertThat(live.current()).isSameAs(before);
        assertThat(live.loadsOk()).isEqualTo(1);
        assertThat(live.loadsRefused()).isZero();
    }
}
