package astra.rules;

import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.copyOfShippedRules;
import static astra.rules.RulesTestSupport.edit;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesCheckTest {
    private final RulesCheck check = new RulesCheck(CLOCK);

    @TempDir
    Path temp;

    @Test
    void shippedRules_areOkAndListedFileByFile() throws Exception {
        RulesCheck.Report report = check.check(shippedRulesDir());

        assertThat(report.ok()).isTrue();
        assertThat(report.versionId()).isEqualTo(RuleSources.read(shippedRulesDir()).versionId());
        assertThat(report.rulesByFile()).containsKeys("astra/rules/market-state.drl", "astra/rules/parity.drl",
                "astra/rules/circuit-breakers.drl");
        assertThat(report.rulesByFile().get("astra/rules/circuit-breakers.drl"))
                .contains("HaltQuotingWhenMarketFeedStale", "CancelAllWhenHeartbeatsKeepFailing");
        assertThat(report.lines().get(0)).startsWith("OK rules " + report.versionId());
    }

    @Test
    void aBrokenRuleAndABadPolicy_areBothReportedWithFileAndLine() {
        Path dir = copyOfShippedRules(temp);
        edit(dir.resolve("astra/rules/parity.drl"), "$p : ParityCandidate( olderBookAge > policy.parity().bookFresh() )",
                "$p : ParityCandidate( olderBookAge > policy.parity().bookFresh() ");
        edit(dir.resolve("policy.yaml"), "min-score: 0.30", "min-score: 3");

        RulesCheck.Report report = check.check(dir);

        assertThat(report.ok()).isFalse();
        assertThat(report.rulesByFile()).isEmpty();
        assertThat(report.messages()).anySatisfy(m -> {
            assertThat(m.file()).isEqualTo("astra/rules/parity.drl");
            assertThat(m.line()).isPositive();
        });
        assertThat(report.messages()).anySatisfy(m -> {
            assertThat(m.file()).isEqualTo("policy.yaml");
            assertThat(m.text()).contains("quoteability.min-score");
        });
        assertThat(report.lines().get(0)).startsWith("REFUSED");
    }
}
