package astra.rules;

import static astra.rules.MarketFactsBuilder.market;
import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.facts.EvidenceTier;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import astra.facts.ResolutionRisk;
import astra.facts.SatelliteSignal;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DecisionEngineTest {
    /** 1,000 pUSD. */
    static final long BANKROLL = 1_000_000_000L;
    private static RuleSet shipped;

    private final DecisionEngine engine = new DecisionEngine(() -> shipped, new QuoteabilityScorer(), CLOCK);
    private final List<MarketFacts> markets = new ArrayList<>();
    private final List<InventoryFacts> inventory = new ArrayList<>();
    private final List<MarkoutFacts> markouts = new ArrayList<>();
    private final List<ResolutionRisk> risks = new ArrayList<>();
    private final List<ParityCandidate> parity = new ArrayList<>();
    private final List<SatelliteSignal> signals = new ArrayList<>();
    private AccountHealth account = AccountHealth.healthy();
    private long satelliteExposure;

    @BeforeAll
    static void compileShippedRules() throws Exception {
        shipped = new RuleSetCompiler(CLOCK).compile(shippedRulesDir());
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private MarketDecisions decide() {
        return engine.decide(new DecisionInputs(markets, inventory, markouts, risks, parity, signals, account,
                BANKROLL, satelliteExposure));
    }

    private static long usd(String amount) {
        return new BigDecimal(amount).movePointRight(6).longValueExact();
    }

    private long nowMillis() {
        return CLOCK.millis();
    }

    @Test
    void healthyMarketFarFromTheClose_mayQuoteBothSidesAndRunParity() {
        markets.add(market("0xa").build());
        parity.add(new ParityCandidate("0xa", false, nowMillis() - 500, nowMillis() - 1_500, nowMillis()));

        MarketDecision a = decide().of("0xa");

        assertThat(a.state()).isEqualTo(MarketState.NORMAL);
        assertThat(a.allowedActions()).containsExactlyInAnyOrder(TradingAction.values());
        assertThat(a.mayQuoteBothSides()).isTrue();
        assertThat(a.parityAllowed()).isTrue();
        assertThat(a.capMultiplier()).isEqualByComparingTo("1");
    }

    @Test
    void eachMarketsScore_isTheOneTheRulesSaw() {
        MarketFacts a = market("0xa").build();
        markets.add(a);

        MarketDecisions d = decide();

        assertThat(d.score(new ConditionId("0xa"))).contains(new QuoteabilityScorer().score(a).score());
        assertThat(d.score(new ConditionId("0xb"))).isEmpty();
    }

    @Test
    void timeToClose_drivesTheStateAndTheRatchet() {
        markets.add(market("0xnormal").closingIn(Duration.ofHours(25)).build());
        markets.add(market("0xwatch").closingIn(Duration.ofHours(10)).build());
        markets.add(market("0xlate").closingIn(Duration.ofMinutes(30)).build());
        markets.add(market("0xwindow").closingIn(Duration.ofMinutes(15)).build());
        markets.add(market("0xclosed").closingIn(Duration.ZERO).build());

        MarketDecisions d = decide();

        assertThat(d.of("0xnormal").state()).isEqualTo(MarketState.NORMAL);
        // Watch from 24 h: 10 h left is within the 24 h step (x0.75) only.
        assertThat(d.of("0xwatch").state()).isEqualTo(MarketState.WATCH);
        assertThat(d.of("0xwatch").capMultiplier()).isEqualByComparingTo("0.75");
        assertThat(d.of("0xwatch").mayQuoteBothSides()).isTrue();
        assertThat(d.of("0xwatch").allows(TradingAction.PARITY)).isFalse();
        assertThat(d.of("0xlate").capMultiplier()).isEqualByComparingTo("0.25");
        // Exactly the 900 s close window: inside it.
        assertThat(d.of("0xwindow").state()).isEqualTo(MarketState.CLOSE_WINDOW);
        assertThat(d.of("0xwindow").allowedActions()).containsExactlyInAnyOrder(TradingAction.CANCEL, TradingAction.REDUCE);
        assertThat(d.of("0xwindow").vetoes()).extracting(Decision::reasonCode).containsExactly("STATE_NOT_QUOTABLE");
        assertThat(d.of("0xclosed").state()).isEqualTo(MarketState.CLOSED);
        assertThat(d.of("0xclosed").allowedActions()).isEmpty();
    }

    @Test
    void anEarlyResolution_closesTheWindowBeforeTheScheduledClose() {
        markets.add(market("0xproposal").closingIn(Duration.ofDays(30)).proposalExpectedIn(Duration.ofMinutes(5))
                .challengeWindowIn(Duration.ofHours(1)).build());
        markets.add(market("0xchallenged").closingIn(Duration.ofDays(30)).proposalExpectedIn(Duration.ZERO)
                .challengeWindowIn(Duration.ZERO).build());

        MarketDecisions d = decide();

        assertThat(d.of("0xproposal").state()).isEqualTo(MarketState.CLOSE_WINDOW);
        assertThat(d.of("0xproposal").reasonCodes()).contains("RESOLUTION_PROPOSAL_IMMINENT");
        assertThat(d.of("0xchallenged").state()).isEqualTo(MarketState.CLOSED);
        assertThat(d.of("0xchallenged").reasonCodes()).contains("CHALLENGE_WINDOW_OPEN");
        assertThat(d.of("0xchallenged").mayQuoteBothSides()).isFalse();
    }

    @Test
    void staleFeed_haltsOnlyThatMarket_cancelsOnly() {
        markets.add(market("0xstale").dataAge(Duration.ofSeconds(6)).build());
        markets.add(market("0xfresh").dataAge(Duration.ofSeconds(5)).build());

        MarketDecisions d = decide();

        MarketDecision stale = d.of("0xstale");
        assertThat(stale.state()).isEqualTo(MarketState.HALTED);
        assertThat(stale.allowedActions()).containsExactly(TradingAction.CANCEL);
        assertThat(stale.mayQuoteBothSides()).isFalse();
        assertThat(stale.reasonCodes()).contains("MARKET_FEED_STALE", "CIRCUIT_BREAKER", "STATE_NOT_QUOTABLE");
        assertThat(d.of("0xfresh").state()).isEqualTo(MarketState.NORMAL);
    }

    @Test
    void blindUserChannelOrFailingHeartbeat_haltsEveryMarket() {
        markets.add(market("0xa").build());
        markets.add(market("0xb").build());
        account = new AccountHealth(Duration.ofSeconds(16), 2, new BigDecimal("0.05"));

        MarketDecisions d = decide();

        assertThat(d.of("0xa").state()).isEqualTo(MarketState.HALTED);
        assertThat(d.of("0xb").allowedActions()).containsExactly(TradingAction.CANCEL);
        assertThat(d.cancelAll()).isTrue();
        assertThat(d.accountDecisions()).extracting(Decision::reasonCode)
                .containsExactlyInAnyOrder("USER_CHANNEL_BLIND", "HEARTBEAT_FAILING");
    }

    @Test
    void reservations_countAgainstTheClusterCap() {
        markets.add(market("0xa").inCluster("event:e1").build());
        markets.add(market("0xb").inCluster("event:e1").build());
        markets.add(market("0xc").build());
        // Cap 12% of 1,000 = 120 pUSD. At mark 50 + 40 = 90, plus 30 reserved = 120: at the cap.
        inventory.add(new InventoryFacts("0xa", 100_000_000, usd("50"), usd("0")));
        inventory.add(new InventoryFacts("0xb", 80_000_000, usd("40"), usd("30")));

        MarketDecisions d = decide();

        assertThat(d.of("0xa").reduceOnly()).isTrue();
        assertThat(d.of("0xb").reasonCodes()).contains("CLUSTER_CAP_REACHED");
        assertThat(d.of("0xa").mayQuoteBothSides()).isFalse();
        assertThat(d.of("0xc").reduceOnly()).isFalse();
    }

    @Test
    void justBelowTheClusterCap_quotesFreely() {
        markets.add(market("0xa").build());
        // 119.999999 pUSD < 120: one micro short of the cap.
        inventory.add(new InventoryFacts("0xa", 1, usd("100"), usd("19.999999")));

        assertThat(decide().of("0xa").reduceOnly()).isFalse();
    }

    @Test
    void theRatchet_tightensTheClusterCapNearTheClose() {
        markets.add(market("0xsoon").closingIn(Duration.ofHours(5)).build());
        markets.add(market("0xlater").closingIn(Duration.ofDays(3)).build());
        // 5 h left: 12% x 0.50 = 6% = 60 pUSD. 70 pUSD is over it there and fine three days out.
        inventory.add(new InventoryFacts("0xsoon", 1, usd("70"), 0));
        inventory.add(new InventoryFacts("0xlater", 1, usd("70"), 0));

        MarketDecisions d = decide();

        assertThat(d.of("0xsoon").reduceOnly()).isTrue();
        assertThat(d.of("0xlater").reduceOnly()).isFalse();
    }

    @Test
    void theAggregateCap_makesEveryMarketReduceOnly() {
        // Four clusters of 100 pUSD each: none at its 120 cap, together 400 = 40%.
        for (String id : List.of("0x1", "0x2", "0x3", "0x4")) {
            markets.add(market(id).build());
            inventory.add(new InventoryFacts(id, 1, usd("90"), usd("10")));
        }
        markets.add(market("0xflat").build());

        MarketDecisions d = decide();

        assertThat(d.of("0xflat").reduceOnly()).isTrue();
        assertThat(d.of("0x1").reasonCodes()).contains("AGGREGATE_CAP_REACHED").doesNotContain("CLUSTER_CAP_REACHED");
    }

    @Test
    void toxicMarkouts_vetoAMarketWhateverItsScore() {
        markets.add(market("0xtoxic").build());
        markets.add(market("0xunlucky").build());
        // Same bad mean, but 19 fills (< 20) is not enough evidence.
        markouts.add(new MarkoutFacts("0xtoxic", 20, new BigDecimal("-25"), new BigDecimal("-2.0")));
        markouts.add(new MarkoutFacts("0xunlucky", 19, new BigDecimal("-40"), new BigDecimal("-3.1")));

        MarketDecisions d = decide();

        assertThat(new QuoteabilityScorer().score(markets.get(0)).score()).isGreaterThan(new BigDecimal("0.30"));
        assertThat(d.of("0xtoxic").vetoes()).extracting(Decision::reasonCode).containsExactly("TOXIC_MARKOUT");
        assertThat(d.of("0xtoxic").mayQuoteBothSides()).isFalse();
        assertThat(d.of("0xunlucky").mayQuoteBothSides()).isTrue();
    }

    @Test
    void aToxicVeto_holdsWhileTheMeanOrHalfTheTStatStaysAdverse_andLiftsWhenBothFade() {
        for (String id : List.of("0xheld", "0xfaded", "0xmean", "0xnever")) {
            markets.add(market(id).build());
        }
        // Vetoed last cycle; t-stat -1.5 (above the -2.0 that sets a veto, at or below the -1.0 that holds one).
        markouts.add(new MarkoutFacts("0xheld", 25, new BigDecimal("-30"), new BigDecimal("-1.5"), true));
        // Vetoed last cycle, but t-stat -0.9 and a mean of -20 bps (above the -25 bar): the evidence has faded.
        markouts.add(new MarkoutFacts("0xfaded", 25, new BigDecimal("-20"), new BigDecimal("-0.9"), true));
        // Vetoed last cycle, t-stat -0.5 but still a mean of -300 bps: the mean alone holds it.
        markouts.add(new MarkoutFacts("0xmean", 25, new BigDecimal("-300"), new BigDecimal("-0.5"), true));
        // The same -1.5 without a veto last cycle does not set one.
        markouts.add(new MarkoutFacts("0xnever", 25, new BigDecimal("-30"), new BigDecimal("-1.5"), false));

        MarketDecisions d = decide();

        assertThat(d.of("0xheld").vetoes()).extracting(Decision::ruleName)
                .containsExactly("KeepTheToxicVetoWhileTheEvidenceHolds");
        assertThat(d.of("0xfaded").vetoes()).isEmpty();
        assertThat(d.of("0xmean").vetoes()).extracting(Decision::ruleName)
                .containsExactly("KeepTheToxicVetoWhileTheEvidenceHolds");
        assertThat(d.of("0xnever").vetoes()).isEmpty();
    }

    @Test
    void aMarketStillToxicByTheBar_getsOneVeto_notTheHoldAsWell() {
        markets.add(market("0xtoxic").build());
        markouts.add(new MarkoutFacts("0xtoxic", 20, new BigDecimal("-25"), new BigDecimal("-2.0"), true));

        assertThat(decide().of("0xtoxic").vetoes()).extracting(Decision::ruleName)
                .containsExactly("VetoQuotesWhenMakerFillsAreToxic");
    }

    @Test
    void highResolutionRiskOrALowScore_vetoesQuotes() {
        markets.add(market("0xrisky").build());
        markets.add(market("0xfine").build());
        risks.add(new ResolutionRisk("0xrisky", new BigDecimal("0.50"), "ambiguous wording"));
        risks.add(new ResolutionRisk("0xfine", new BigDecimal("0.49"), "clear source"));
        MarketFacts oneSided = new MarketFacts("0xempty", "market:0xempty", false, 10_000, MarketFacts.NONE, 480_000,
                MarketFacts.NONE, 0, 1, 0, CLOCK.millis(), true, CLOCK.millis() + 172_800_000L,
                CLOCK.millis() + 180_000_000L, CLOCK.millis() + 190_000_000L, CLOCK.millis());
        markets.add(oneSided);

        MarketDecisions d = decide();

        assertThat(d.of("0xrisky").vetoes()).extracting(Decision::reasonCode).containsExactly("RESOLUTION_RISK_HIGH");
        assertThat(d.of("0xfine").vetoes()).isEmpty();
        assertThat(d.of("0xempty").vetoes()).extracting(Decision::reasonCode).containsExactly("SCORE_BELOW_MINIMUM");
    }

    @Test
    void parity_needsBothBooksFreshAndNeverRunsOnNegRisk() {
        markets.add(market("0xstalebook").build());
        markets.add(market("0xneg").negRisk().inCluster("negrisk:n1").build());
        parity.add(new ParityCandidate("0xstalebook", false, nowMillis(), nowMillis() - 2_001, nowMillis()));
        // The candidate does not say negRisk, the market does: still denied.
        parity.add(new ParityCandidate("0xneg", false, nowMillis(), nowMillis(), nowMillis()));

        MarketDecisions d = decide();

        assertThat(d.of("0xstalebook").parityAllowed()).isFalse();
        assertThat(d.of("0xstalebook").reasonCodes()).contains("PARITY_BOOK_STALE");
        assertThat(d.of("0xneg").parityAllowed()).isFalse();
        assertThat(d.of("0xneg").reasonCodes()).contains("NEG_RISK_MARKET").doesNotContain("BOTH_BOOKS_FRESH");
    }

    @Test
    void satellite_needsEdgeAllowedEvidenceAndBudget() {
        for (String id : List.of("0xgood", "0xthin", "0xrumour")) {
            markets.add(market(id).build());
        }
        signals.add(signal("0xgood", "0.15", EvidenceTier.B));
        signals.add(signal("0xthin", "0.149999", EvidenceTier.A));
        signals.add(signal("0xrumour", "0.30", EvidenceTier.C));

        MarketDecisions d = decide();

        assertThat(d.of("0xgood").satelliteAllowed()).isTrue();
        assertThat(d.of("0xthin").reasonCodes()).contains("EDGE_BELOW_MINIMUM");
        assertThat(d.of("0xthin").satelliteAllowed()).isFalse();
        assertThat(d.of("0xrumour").reasonCodes()).contains("EVIDENCE_TIER_NOT_ALLOWED");
        assertThat(d.of("0xrumour").satelliteAllowed()).isFalse();
    }

    @Test
    void satellite_stopsWhenItsBudgetIsUsed() {
        markets.add(market("0xgood").build());
        signals.add(signal("0xgood", "0.20", EvidenceTier.A));
        satelliteExposure = usd("150"); // 15% of 1,000

        MarketDecision good = decide().of("0xgood");

        assertThat(good.satelliteAllowed()).isFalse();
        assertThat(good.reasonCodes()).contains("SATELLITE_BUDGET_USED");
    }

    @Test
    void everyDecision_carriesItsRuleAndTheRulesVersion() {
        markets.add(market("0xa").closingIn(Duration.ofHours(3)).build());

        MarketDecisions d = decide();

        assertThat(d.rulesVersion()).isEqualTo(shipped.version().id());
        assertThat(d.audit()).isNotEmpty().allSatisfy(decision -> {
            assertThat(decision.rulesVersion()).isEqualTo(shipped.version().id());
            assertThat(decision.ruleName()).isNotBlank();
        });
        assertThat(d.audit()).extracting(Decision::ruleName)
                .contains("MarketIsWatchedWithinTheWatchPeriod", "CutCapsByTheRatchetWhenWatched");
    }

    @Test
    void aMarketTheCycleDidNotSee_isAnError() {
        markets.add(market("0xa").build());

        MarketDecisions d = decide();

        assertThatThrownBy(() -> d.of("0xunknown")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0xunknown");
    }

    private SatelliteSignal signal(String id, String edge, EvidenceTier tier) {
        return new SatelliteSignal(id, new BigDecimal("0.70"), tier, "test", nowMillis(), new BigDecimal(edge));
    }
}
