package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import astra.facts.EvidenceTier;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PolicyLoaderTest {
    private final PolicyLoader loader = new PolicyLoader();
    private final String shipped = RulesTestSupport.shippedPolicyText();

    private Policy parse(String yaml) {
        return loader.parse(yaml.getBytes(StandardCharsets.UTF_8));
    }

    private String shippedWith(String from, String to) {
        assertThat(shipped).contains(from);
        return shipped.replace(from, to);
    }

    private InvalidPolicyException refusal(String yaml) {
        return catchThrowableOfType(InvalidPolicyException.class, () -> parse(yaml));
    }

    @Test
    void shippedPolicy_holdsTheDesignThresholdsAsExactDecimals() {
        Policy policy = parse(shipped);

        // The design's numbers (STRATEGY.md caps, the venue's batch limit of 15, budget 60/min).
        assertThat(policy.portfolio().clusterCap()).isEqualTo(new BigDecimal("0.12"));
        assertThat(policy.portfolio().aggregateCap()).isEqualTo(new BigDecimal("0.40"));
        assertThat(policy.satellite().minEdge()).isEqualTo(new BigDecimal("0.15"));
        assertThat(policy.satellite().budget()).isEqualTo(new BigDecimal("0.15"));
        assertThat(policy.execution().mutationsPerMinute()).isEqualTo(60);
        assertThat(policy.execution().maxBatch()).isEqualTo(15);
        assertThat(policy.execution().requoteDriftTicks()).isEqualTo(2);
        assertThat(policy.feeds().marketFeedStale()).isEqualTo(Duration.ofSeconds(5));
        assertThat(policy.close().ratchet()).hasSize(3);
    }

    @Test
    void decimals_areReadExactlyAsWritten() {
        // 21 significant digits: a double would keep about 17 and round the rest away.
        Policy policy = parse(shippedWith("min-edge: 0.15", "min-edge: 0.123456789012345678901"));

        assertThat(policy.satellite().minEdge()).isEqualTo(new BigDecimal("0.123456789012345678901"));
    }

    @Test
    void fractionalSeconds_becomeExactDurations() {
        Policy policy = parse(shippedWith("market-feed-stale-seconds: 5", "market-feed-stale-seconds: 0.25"));

        assertThat(policy.feeds().marketFeedStale()).isEqualTo(Duration.ofMillis(250));
    }

    @Test
    void capAboveOne_isRefusedNamingTheKeyAndValue() {
        InvalidPolicyException e = refusal(shippedWith("cluster-cap: 0.12", "cluster-cap: 1.5"));

        assertThat(e.key()).isEqualTo("portfolio.cluster-cap");
        assertThat(e).hasMessage("portfolio.cluster-cap: must be in (0, 1], was 1.5");
    }

    @Test
    void zeroCapOrZeroSeconds_isRefused() {
        assertThat(refusal(shippedWith("budget: 0.15", "budget: 0")).key()).isEqualTo("satellite.budget");
        assertThat(refusal(shippedWith("user-channel-blind-seconds: 15", "user-channel-blind-seconds: 0")).key())
                .isEqualTo("feeds.user-channel-blind-seconds");
    }

    @Test
    void unknownKey_isRefusedEvenWhenAllKnownKeysArePresent() {
        InvalidPolicyException e = refusal(shippedWith("  aggregate-cap: 0.40", "  aggregate-cap: 0.40\n  clustr-cap: 0.10"));

        assertThat(e.key()).isEqualTo("portfolio.clustr-cap");
        assertThat(e.getMessage()).contains("unknown key", "cluster-cap");
    }

    @Test
    void misspeltKey_isReportedAsUnknownRatherThanMissing() {
        InvalidPolicyException e = refusal(shippedWith("cluster-cap: 0.12", "cluster-cpa: 0.12"));

        assertThat(e.key()).isEqualTo("portfolio.cluster-cpa");
    }

    @Test
    void missingKey_isRefused() {
        InvalidPolicyException e = refusal(shippedWith("  requote-drift-ticks: 2\n", ""));

        assertThat(e).hasMessage("execution.requote-drift-ticks: is required");
    }

    @Test
    void quotedNumberOrFractionalCount_isRefused() {
        assertThat(refusal(shippedWith("cluster-cap: 0.12", "cluster-cap: \"0.12\"")).getMessage())
                .contains("portfolio.cluster-cap", "must be a number");
        assertThat(refusal(shippedWith("max-batch: 15", "max-batch: 7.5")).getMessage())
                .contains("execution.max-batch", "whole number");
    }

    @Test
    void batchAboveTheVenueLimit_isRefused() {
        assertThat(refusal(shippedWith("max-batch: 15", "max-batch: 16")).getMessage())
                .contains("execution.max-batch", "at most 15");
    }

    @Test
    void aggregateCapBelowClusterCap_isRefused() {
        assertThat(refusal(shippedWith("aggregate-cap: 0.40", "aggregate-cap: 0.10")).key())
                .isEqualTo("portfolio.aggregate-cap");
    }

    @Test
    void ratchetThatLoosensNearTheClose_isRefusedWithTheStepIndex() {
        InvalidPolicyException e = refusal(shippedWith("cap-multiplier: 0.25", "cap-multiplier: 0.60"));

        assertThat(e.key()).isEqualTo("close.ratchet[2].cap-multiplier");
    }

    @Test
    void ratchetStepWithBadMultiplier_namesItsIndex() {
        InvalidPolicyException e = refusal(shippedWith("cap-multiplier: 0.50", "cap-multiplier: 0"));

        assertThat(e.key()).isEqualTo("close.ratchet[1].cap-multiplier");
        assertThat(e).hasMessageContaining("(0, 1]");
    }

    @Test
    void duplicateKeyOrBrokenYaml_isRefusedWithAPosition() {
        InvalidPolicyException duplicate = refusal(shippedWith("  budget: 0.15", "  budget: 0.15\n  budget: 0.20"));
        assertThat(duplicate.getMessage()).contains("budget");

        InvalidPolicyException broken = refusal("portfolio:\n  cluster-cap: [0.12\n");
        assertThat(broken.getMessage()).contains("not valid YAML");
        assertThat(broken.line()).isPositive();
    }

    @Test
    void ratchet_cutsCapsByTheTightestStepCoveringTheTimeLeft() {
        Policy.CloseRatchet close = parse(shipped).close();
        // Steps: within 24 h x0.75, within 6 h x0.50, within 1 h x0.25; close window 15 min.
        assertThat(close.capMultiplierAt(Duration.ofHours(48))).isEqualTo(BigDecimal.ONE);
        assertThat(close.capMultiplierAt(Duration.ofHours(10))).isEqualTo(new BigDecimal("0.75"));
        assertThat(close.capMultiplierAt(Duration.ofHours(6))).isEqualTo(new BigDecimal("0.50"));
        assertThat(close.capMultiplierAt(Duration.ofMinutes(59))).isEqualTo(new BigDecimal("0.25"));
        assertThat(close.insideCloseWindow(Duration.ofMinutes(15))).isTrue();
        assertThat(close.insideCloseWindow(Duration.ofMinutes(16))).isFalse();
    }

    @Test
    void shippedPolicy_holdsTheGateThresholds() {
        Policy policy = parse(shipped);

        assertThat(policy.quoteability().minScore()).isEqualTo(new BigDecimal("0.30"));
        assertThat(policy.quoteability().resolutionRiskVeto()).isEqualTo(new BigDecimal("0.50"));
        assertThat(policy.parity().bookFresh()).isEqualTo(Duration.ofSeconds(2));
        assertThat(policy.satellite().evidenceTiers()).containsExactlyInAnyOrder(EvidenceTier.A, EvidenceTier.B);
        assertThat(policy.toxicity().response()).isEqualTo(Policy.ToxicResponse.VETO);
        assertThat(policy.toxicity().tStatFloor()).isEqualTo(new BigDecimal("-2.0"));
        assertThat(policy.toxicity().markoutFloorBps()).isEqualTo(new BigDecimal("-25"));
    }

    @Test
    void clusterCapAt_multipliesTheCapByTheRatchetForTheTimeLeft() {
        Policy policy = parse(shipped);
        // 0.12 x 1 two days out; 0.12 x 0.50 = 0.06 with 6 h left; 0.12 x 0.25 = 0.03 with 30 min left.
        assertThat(policy.clusterCapAt(Duration.ofDays(2))).isEqualByComparingTo("0.12");
        assertThat(policy.clusterCapAt(Duration.ofHours(6))).isEqualByComparingTo("0.06");
        assertThat(policy.clusterCapAt(Duration.ofMinutes(30))).isEqualByComparingTo("0.03");
    }

    @Test
    void toxicResponse_isReadAsWrittenAndAnUnknownOneIsRefusedWithTheChoices() {
        assertThat(parse(shippedWith("response: veto", "response: widen-and-cut")).toxicity().response())
                .isEqualTo(Policy.ToxicResponse.WIDEN_AND_CUT);

        InvalidPolicyException e = refusal(shippedWith("response: veto", "response: ignore"));
        assertThat(e.key()).isEqualTo("toxicity.response");
        assertThat(e.getMessage()).contains("'ignore'", "veto", "widen-and-cut");
    }

    @Test
    void evidenceTiers_mustBeKnownAndNotEmpty() {
        assertThat(parse(shippedWith("evidence-tiers: [A, B]", "evidence-tiers: [A]")).satellite().allows(EvidenceTier.B))
                .isFalse();
        assertThat(refusal(shippedWith("evidence-tiers: [A, B]", "evidence-tiers: [A, D]")).getMessage())
                .contains("satellite.evidence-tiers", "'D'");
        assertThat(refusal(shippedWith("evidence-tiers: [A, B]", "evidence-tiers: []")).key())
                .isEqualTo("satellite.evidence-tiers");
        assertThat(refusal(shippedWith("evidence-tiers: [A, B]", "evidence-tiers: A")).getMessage())
                .contains("must be a list");
    }

    @Test
    void gateThresholdsOutOfRange_areRefusedNamingTheKey() {
        assertThat(refusal(shippedWith("min-score: 0.30", "min-score: 1.2")).key()).isEqualTo("quoteability.min-score");
        assertThat(refusal(shippedWith("resolution-risk-veto: 0.50", "resolution-risk-veto: \"0.5\"")).key())
                .isEqualTo("quoteability.resolution-risk-veto");
        assertThat(refusal(shippedWith("book-fresh-seconds: 2", "book-fresh-seconds: 0")).key())
                .isEqualTo("parity.book-fresh-seconds");
    }

    @Test
    void durations_areEveryDurationOfThePolicy_ratchetStepsIncluded() {
        Policy policy = new PolicyLoader().parse(RulesTestSupport.shippedPolicy());

        assertThat(policy.durations()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofSeconds(900), Duration.ofSeconds(3_600), Duration.ofSeconds(21_600),
                Duration.ofSeconds(86_400));
    }
}
