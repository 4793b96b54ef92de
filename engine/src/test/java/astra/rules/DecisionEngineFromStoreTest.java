package astra.rules;

import static astra.rules.MarketFactsBuilder.market;
import static astra.rules.RulesTestSupport.CLOCK;
import static astra.rules.RulesTestSupport.shippedRulesDir;
import static org.assertj.core.api.Assertions.assertThat;

import astra.facts.FactStore;
import astra.facts.FactStoreConfig;
import astra.facts.InventoryFacts;
import astra.facts.MarketFacts;
import astra.facts.MarkoutFacts;
import astra.facts.ParityCandidate;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DecisionEngineFromStoreTest {
    @Test
    void aCycle_decidesOnASnapshotOfTheFactStoresMaps() throws Exception {
        RuleSet rules = new RuleSetCompiler(CLOCK).compile(shippedRulesDir());
        try (FactStore store = FactStore.start(
                     FactStoreConfig.embeddedDefaults().withClusterName("engine-" + UUID.randomUUID()));
             DecisionEngine engine = new DecisionEngine(() -> rules, new QuoteabilityScorer(), CLOCK)) {
            store.markets().publish(List.of(market("0xa").inCluster("event:e").build(),
                    market("0xb").inCluster("event:e").closingIn(Duration.ofMinutes(10)).build()));
            // 1,000 pUSD bankroll, cap 120: 100 at mark + 20 reserved reaches it.
            store.inventory().publish(List.of(new InventoryFacts("0xb", 1, 100_000_000, 20_000_000)));
            store.markouts().publish(List.of(new MarkoutFacts("0xa", 25, new BigDecimal("-30"), new BigDecimal("-2.5"))));

            MarketDecisions d = engine.decide(DecisionInputs.fromStore(store, CLOCK.instant(), CLOCK.instant(), AccountHealth.healthy(),
                    1_000_000_000L, 0));

            assertThat(d.of("0xa").reasonCodes()).contains("TOXIC_MARKOUT", "CLUSTER_CAP_REACHED");
            assertThat(d.of("0xb").state()).isEqualTo(MarketState.CLOSE_WINDOW);
            assertThat(d.of("0xb").reduceOnly()).isTrue();
        }
    }

    @Test
    void aCycleReadsTheStoredFactsAsObservedAtItsOwnInstant() {
        try (FactStore store = FactStore.start(
                FactStoreConfig.embeddedDefaults().withClusterName("engine-" + UUID.randomUUID()))) {
            MarketFacts stored = market("0xa").closingIn(Duration.ofMinutes(20)).build();
            store.markets().publish(List.of(stored));
            store.parityCandidates().publish(List.of(new ParityCandidate("0xa", false, stored.observedAtMillis(),
                    stored.observedAtMillis(), stored.observedAtMillis())));
            Instant later = stored.observedAt().plus(Duration.ofMinutes(15));

            DecisionInputs inputs = DecisionInputs.fromStore(store, later, later, AccountHealth.healthy(), 1_000_000_000L, 0);

            MarketFacts read = inputs.markets().get(0);
            assertThat(read.observedAt()).isEqualTo(later);
            assertThat(read.timeToClose()).isEqualTo(Duration.ofMinutes(5));
            assertThat(read.stampedAt(stored.observedAtMillis(), stored.channelDataAtMillis())).isEqualTo(stored);
            assertThat(inputs.parityCandidates().get(0).olderBookAge()).isEqualTo(Duration.ofMinutes(15));
        }
    }

    @Test
    void aMarketFollowingTheChannel_countsItsDataAgeFromTheChannelsLatestData_asOfTheCycle() {
        try (FactStore store = FactStore.start(
                FactStoreConfig.embeddedDefaults().withClusterName("engine-" + UUID.randomUUID()))) {
            MarketFacts own = market("0xown").build();
            long bookData = own.observedAtMillis() - 60_000;
            MarketFacts quiet = stamped(own, "0xquiet", bookData, true, own.observedAtMillis());
            MarketFacts awaiting = stamped(own, "0xawaiting", bookData, false, own.observedAtMillis());
            store.markets().publish(List.of(quiet, awaiting));
            Instant later = own.observedAt().plus(Duration.ofSeconds(30));
            Instant channel = later.minusSeconds(2);

            DecisionInputs inputs = DecisionInputs.fromStore(store, later, channel, AccountHealth.healthy(),
                    1_000_000_000L, 0);

            assertThat(inputs.markets()).filteredOn(m -> m.market().equals("0xquiet")).singleElement()
                    .satisfies(m -> assertThat(m.marketDataAge()).isEqualTo(Duration.ofSeconds(2)));
            assertThat(inputs.markets()).filteredOn(m -> m.market().equals("0xawaiting")).singleElement()
                    .satisfies(m -> assertThat(m.marketDataAge()).isEqualTo(Duration.ofSeconds(90)));
        }
    }

    private static MarketFacts stamped(MarketFacts f, String market, long bookData, boolean followsChannel,
            long channel) {
        return new MarketFacts(market, f.cluster(), f.negRisk(), f.tickMicros(), f.bestBidMicros(), f.bestAskMicros(),
                f.midMicros(), f.bidDepthMicros(), f.askDepthMicros(), f.bookUpdatesPerMinute(), bookData,
                followsChannel, channel, f.marketFeedConnected(), f.closesAtMillis(), f.expectedProposalAtMillis(),
                f.challengeWindowStartsAtMillis(), f.observedAtMillis());
    }
}
