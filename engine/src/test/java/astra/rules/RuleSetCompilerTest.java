package astra.rules;

import static astra.rules.RulesTestSupport.CIRCUIT_BREAKERS;
import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.copyOfShippedRules;
import static astra.rules.RulesTestSupport.edit;
import static astra.rules.RulesTestSupport.feed;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static astra.rules.RulesTestSupport.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import astra.domain.ConditionId;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.kie.api.KieServices;
import org.junit.jupiter.api.io.TempDir;

class RuleSetCompilerTest {
    private final RuleSetCompiler compiler = new RuleSetCompiler(CLOCK);

    @TempDir
    Path temp;

    @Test
    void shippedRules_compileAndHaltOnlyTheMarketWhoseFeedIsOlderThanThePolicyAllows() throws Exception {
        RuleSet rules = compiler.compile(shippedRulesDir());

        assertThat(rules.version().files()).contains(CIRCUIT_BREAKERS, RuleSources.POLICY_FILE);
        assertThat(rules.version().loadedAt()).isEqualTo(CLOCK.instant());
        // Shipped limit: 5 s. 6 s is stale; exactly 5 s is not (strictly older is the rule).
        try (DecisionCycle cycle = new DecisionCycle(() -> rules)) {
            CycleResult result = cycle.run(List.of(feed("0xstale", 6), feed("0xedge", 5), feed("0xfresh", 1)));

            assertThat(result.version()).isEqualTo(rules.version());
            assertThat(result.decisions()).singleElement().satisfies(d -> {
                assertThat(d.market()).isEqualTo(Optional.of(new ConditionId("0xstale")));
                assertThat(d.kind()).isEqualTo(DecisionKind.HALT_QUOTING);
                assertThat(d.reasonCode()).isEqualTo("MARKET_FEED_STALE");
                assertThat(d.ruleName()).isEqualTo("HaltQuotingWhenMarketFeedStale");
                assertThat(d.rulesVersion()).isEqualTo(rules.version().id());
                assertThat(d.detail()).contains("PT5S");
            });
        }
    }

    @Test
    void shippedRules_compileTimes_arePrintedForTheReport() throws Exception {
        Path dir = shippedRulesDir();
        long start = System.nanoTime();
        compiler.compile(dir);
        long first = System.nanoTime() - start;
        long[] rebuilds = new long[3];
        for (int i = 0; i < rebuilds.length; i++) {
            start = System.nanoTime();
            compiler.compile(dir);
            rebuilds[i] = System.nanoTime() - start;
        }
        // Printed, not asserted: timings depend on the machine and on what this JVM compiled before.
        System.out.printf("[rules timing] compile of shipped set in this test: first %d ms (JVM's first"
                        + " Drools build only if this test ran first), rebuilds %d / %d / %d ms%n",
                first / 1_000_000, rebuilds[0] / 1_000_000, rebuilds[1] / 1_000_000, rebuilds[2] / 1_000_000);
    }

    @Test
    void logicalInsertion_isAvailable_soDecisionsCanLapseWithTheirCause() throws Exception {
        // drools-tms is on the classpath for this; without it insertLogical fails at run time.
        Path dir = copyOfShippedRules(temp);
        write(dir, "astra/rules/logical.drl", """
                package astra.rules;
                global astra.rules.Policy policy;
                global String rulesVersion;
                rule "VetoWhileFeedIsOld"
                when
                    $f : MarketFeedAge( age > policy.feeds().userChannelBlind() )
                then
                    insertLogical( Decision.forMarket( $f.market(), DecisionKind.VETO_QUOTE, "FEED_OLD",
                            drools.getRule().getName(), rulesVersion, "" ) );
                end
                """);
        RuleSet rules = compiler.compile(dir);

        try (DecisionCycle cycle = new DecisionCycle(() -> rules)) {
            assertThat(cycle.run(List.of(feed("0xa", 31))).decisions()).extracting(Decision::ruleName)
                    .containsExactly("HaltQuotingWhenMarketFeedStale", "VetoWhileFeedIsOld");
            // The next cycle's facts no longer hold 0xa's age: its logical decisions go with it.
            assertThat(cycle.run(List.of(feed("0xb", 10))).decisions()).extracting(Decision::ruleName)
                    .containsExactly("HaltQuotingWhenMarketFeedStale");
        }
    }

    @Test
    void plainInsertOrAChangedFact_isRefusedWithItsLine_butNotInACommentOrText() {
        Path dir = copyOfShippedRules(temp);
        write(dir, "astra/rules/plain.drl", """
                package astra.rules;
                global String rulesVersion;
                // insert( is fine in a comment
                rule "KeepsItsDecisionForEver"
                when
                    $f : MarketFeedAge()
                then
                    insert( Decision.forMarket( $f.market(), DecisionKind.HALT_QUOTING, "TEST",
                            drools.getRule().getName(), rulesVersion, "insert( in a detail is fine" ) );
                    modify( $f ) {}
                end
                """);

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).filteredOn(m -> m.file().equals("astra/rules/plain.drl"))
                .extracting(CompilationMessage::line).containsExactly(8, 10);
        assertThat(failure.getMessage()).contains("plain.drl:8:5: insert( ... )", "use insertLogical( ... )",
                "plain.drl:10:5: modify( ... ) changes a fact the engine owns");
    }

    @Test
    void timeArithmeticALiteralDurationOrATimeLeftInADetail_isRefused_forTheEngineHoldsTimesBetweenThresholds() {
        Path dir = copyOfShippedRules(temp);
        write(dir, "astra/rules/clock.drl", """
                package astra.rules;
                import astra.facts.MarketFacts;
                import java.time.Duration;
                global String rulesVersion;
                rule "HaltUnderThreeHours"
                when
                    $m : MarketFacts( timeToClose < Duration.ofHours(3), timeToClose.toSeconds() > 0,
                                      timeToClose > Duration.ZERO, marketDataAge > Duration.ZERO )
                then
                    insertLogical( Decision.forMarket( $m.market(), DecisionKind.HALT_QUOTING, "TEST",
                            drools.getRule().getName(), rulesVersion, "Duration.ofHours(3) in a text is fine, "
                                    + "a time left is not: " + $m.timeToClose() ) );
                end
                """);

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).filteredOn(m -> m.file().equals("astra/rules/clock.drl"))
                .extracting(CompilationMessage::text)
                .containsExactly("'Duration.ofHours': rules compare times only with the policy's durations or"
                                + " Duration.ZERO (put a threshold in policy.yaml); the engine holds a fact's"
                                + " times while they stay between two of those",
                        "'.toSeconds': rules compare times only with the policy's durations or"
                                + " Duration.ZERO (put a threshold in policy.yaml); the engine holds a fact's"
                                + " times while they stay between two of those",
                        "'timeToClose()' in a consequence would write a held time into the decision: name an"
                                + " instant ($m.closesAt()) or the policy's limit",
                        "Duration.ZERO is compared only with a clock (timeToClose > Duration.ZERO and the"
                                + " like); an age is compared with the policy's durations");
    }

    @Test
    void ruleSetDeclaringNoGlobals_stillRuns() throws Exception {
        Path dir = temp.resolve("plain");
        write(dir, "policy.yaml", RulesTestSupport.shippedPolicyText());
        write(dir, "astra/rules/plain.drl", """
                package astra.rules;
                rule "HaltEverythingOnAnyFeed"
                when
                    $f : MarketFeedAge()
                then
                    insertLogical( Decision.forMarket( $f.market(), DecisionKind.HALT_QUOTING, "TEST",
                            drools.getRule().getName(), "fixed", "" ) );
                end
                """);
        RuleSet rules = compiler.compile(dir);

        try (DecisionCycle cycle = new DecisionCycle(() -> rules)) {
            assertThat(cycle.run(List.of(feed("0xa", 0))).decisions()).hasSize(1);
        }
    }

    @Test
    void builtModules_doNotPileUpInTheKieRepository() throws Exception {
        Path dir = copyOfShippedRules(temp);
        compiler.compile(dir);
        edit(dir.resolve("policy.yaml"), "max-batch: 15", "max-batch: 10");
        compiler.compile(dir);
        write(dir, "astra/rules/broken.drl", "package astra.rules;\nrule");
        assertThatThrownBy(() -> compiler.compile(dir)).isInstanceOf(RuleCompilationFailure.class);

        KieServices kie = KieServices.Factory.get();
        assertThat(compiler.builds()).isEqualTo(3);
        for (long build = 1; build <= compiler.builds(); build++) {
            assertThat(kie.getRepository().getKieModule(RuleSetCompiler.releaseIdOfBuild(kie, build)))
                    .as("module of build %d", build).isNull();
        }
    }

    @Test
    void syntaxErrorInADrl_isRefusedWithItsFileAndLine() {
        Path dir = copyOfShippedRules(temp);
        write(dir, "astra/rules/broken.drl", """
                package astra.rules;

                rule "Broken"
                when
                    MarketFeedAge( age > )
                then
                end
                """);

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).isNotEmpty().allSatisfy(m -> assertThat(m.file()).isEqualTo("astra/rules/broken.drl"));
        assertThat(failure.messages()).anySatisfy(m -> assertThat(m.line()).isEqualTo(5));
        assertThat(failure.getMessage()).contains("astra/rules/broken.drl:5:");
        assertThat(failure.attemptedVersionId()).isNotBlank();
    }

    @Test
    void unknownFactTypeInARule_isRefusedWithItsLine() {
        Path dir = copyOfShippedRules(temp);
        edit(dir.resolve(CIRCUIT_BREAKERS), "MarketFeedAge(", "MarketFeedAgee(");

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).anySatisfy(m -> {
            assertThat(m.file()).isEqualTo(CIRCUIT_BREAKERS);
            assertThat(m.text()).contains("MarketFeedAgee");
        });
    }

    @Test
    void drlOutsideTheFolderOfItsPackage_isRefused() {
        Path dir = copyOfShippedRules(temp);
        write(dir, "misplaced.drl", "// comment\npackage astra.rules;\n");

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo("misplaced.drl");
            assertThat(m.line()).isEqualTo(2);
            assertThat(m.text()).contains("astra/rules/");
        });
    }

    @Test
    void globalTheEngineDoesNotSupply_isRefused() {
        Path dir = copyOfShippedRules(temp);
        write(dir, "astra/rules/extra.drl", "package astra.rules;\nglobal java.util.List sink;\n");

        assertThatThrownBy(() -> compiler.compile(dir))
                .isInstanceOf(RuleCompilationFailure.class)
                .hasMessageContaining("global java.util.List sink is not supplied");
    }

    @Test
    void invalidPolicy_refusesTheSetAlthoughTheRulesCompile() {
        Path dir = copyOfShippedRules(temp);
        edit(dir.resolve("policy.yaml"), "cluster-cap: 0.12", "cluster-cap: 1.5");

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).singleElement().satisfies(m -> {
            assertThat(m.file()).isEqualTo("policy.yaml");
            assertThat(m.text()).contains("portfolio.cluster-cap", "(0, 1]", "1.5");
        });
    }

    @Test
    void policyAndRuleErrors_areReportedTogether() {
        Path dir = copyOfShippedRules(temp);
        edit(dir.resolve("policy.yaml"), "max-batch: 15", "max-batch: 20");
        edit(dir.resolve(CIRCUIT_BREAKERS), "MarketFeedAge(", "MarketFeedAgee(");

        RuleCompilationFailure failure = catchThrowableOfType(RuleCompilationFailure.class, () -> compiler.compile(dir));

        assertThat(failure.messages()).extracting(CompilationMessage::file).contains("policy.yaml", CIRCUIT_BREAKERS);
    }

    @Test
    void missingPolicyOrNoRules_isRefused() throws Exception {
        Path noPolicy = temp.resolve("no-policy");
        write(noPolicy, CIRCUIT_BREAKERS, "package astra.rules;\n");
        assertThatThrownBy(() -> compiler.compile(noPolicy)).hasMessageContaining("policy.yaml:0:0: is missing");

        Path noRules = temp.resolve("no-rules");
        write(noRules, "policy.yaml", RulesTestSupport.shippedPolicyText());
        assertThatThrownBy(() -> compiler.compile(noRules)).hasMessageContaining("no .drl files");
    }
}
