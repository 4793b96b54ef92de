package astra.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class FactStoreTest {
    private static FactStore store;

    @BeforeAll
    static void start() {
        store = FactStore.start(FactStoreConfig.embeddedDefaults().withClusterName("test-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    static MarketFacts facts(String market, long bid, long ask, long lastDataAt, long observedAt) {
        return new MarketFacts(market, "cluster-" + market, false, 10_000, bid, ask, (bid + ask) / 2,
                5_000_000, 7_000_000, 12, lastDataAt, true, observedAt + 3_600_000, observedAt + 7_200_000,
                observedAt + 7_200_000, observedAt);
    }

    @Test
    void publishedFacts_areReadBackEqualByMarketKey() {
        MarketFacts a = facts("0xaaa", 450_000, 470_000, 1_000, 2_000);
        MarketFacts b = facts("0xbbb", 100_000, 120_000, 1_500, 2_000);
        store.markets().publish(List.of(a, b));

        assertThat(store.markets().get("0xaaa")).contains(a);
        assertThat(store.markets().snapshot()).containsEntry("0xbbb", b).containsKeys("0xaaa", "0xbbb");
    }

    @Test
    void republishingAMarket_replacesItsFacts() {
        store.markets().publish(List.of(facts("0xccc", 300_000, 320_000, 1_000, 2_000)));
        MarketFacts newer = facts("0xccc", 310_000, 330_000, 2_500, 3_000);
        store.markets().publish(List.of(newer));

        assertThat(store.markets().get("0xccc")).contains(newer);
    }

    @Test
    void embeddedDefault_isAClusterOfOneOnLoopback() {
        assertThat(store.clusterSize()).isEqualTo(1);
        var network = FactStore.memberConfig(FactStoreConfig.embeddedDefaults()).getNetworkConfig();
        assertThat(network.getJoin().getMulticastConfig().isEnabled()).isFalse();
        assertThat(network.getJoin().getTcpIpConfig().isEnabled()).isFalse();
        assertThat(network.getInterfaces().getInterfaces()).containsExactly("127.0.0.1");
    }

    @Test
    void configuredMembers_turnOnTcpIpJoin() {
        var join = FactStore.memberConfig(FactStoreConfig.embeddedDefaults().withMembers(List.of("127.0.0.1")))
                .getNetworkConfig().getJoin();
        assertThat(join.getTcpIpConfig().isEnabled()).isTrue();
        assertThat(join.getTcpIpConfig().getMembers()).containsExactly("127.0.0.1");
    }

    @Test
    void derivedDurations_useTheObservationTime_notTheSocket() {
        MarketFacts f = facts("0xddd", 450_000, 470_000, 10_000, 25_000);
        assertThat(f.marketDataAge()).isEqualTo(Duration.ofSeconds(15));
        assertThat(f.spreadMicros()).isEqualTo(20_000);
        assertThat(f.timeToClose()).isEqualTo(Duration.ofHours(1));
        MarketFacts oneSided = new MarketFacts("0xeee", "c", false, 10_000, MarketFacts.NONE, 470_000,
                MarketFacts.NONE, 0, 1, 0, 0, true, 0, 0, 0, 5_000);
        assertThat(oneSided.twoSided()).isFalse();
        assertThat(oneSided.spreadMicros()).isEqualTo(MarketFacts.NONE);
        assertThat(oneSided.timeToClose()).isEqualTo(Duration.ZERO);
    }

    @Test
    void everyKindOfFact_survivesTheMapsRoundTrip() {
        InventoryFacts position = new InventoryFacts("0xfff", -5_000_000, 2_750_000, 1_000_000);
        MarkoutFacts markout = new MarkoutFacts("0xfff", 21, new BigDecimal("-31.5"), new BigDecimal("-2.25"));
        ResolutionRisk risk = new ResolutionRisk("0xfff", new BigDecimal("0.4"), "slow source");
        ParityCandidate parity = new ParityCandidate("0xfff", true, 1_000, 2_000, 3_000);
        SatelliteSignal signal = new SatelliteSignal("0xfff", new BigDecimal("0.71"), EvidenceTier.B, "poll",
                4_000, new BigDecimal("0.16"));

        store.inventory().publish(List.of(position));
        store.markouts().publish(List.of(markout));
        store.resolutionRisks().publish(List.of(risk));
        store.parityCandidates().publish(List.of(parity));
        store.satelliteSignals().publish(List.of(signal));

        assertThat(store.inventory().get("0xfff")).contains(position);
        assertThat(store.markouts().get("0xfff")).contains(markout);
        assertThat(store.resolutionRisks().get("0xfff")).contains(risk);
        assertThat(store.parityCandidates().get("0xfff")).contains(parity);
        assertThat(store.satelliteSignals().get("0xfff")).contains(signal);
        // Observed at 3,000 ms: the YES book (1,000) is 2 s old, the NO book (2,000) 1 s; the older decides.
        assertThat(parity.olderBookAge()).isEqualTo(Duration.ofSeconds(2));
        assertThat(position.atRiskUsdMicros()).isEqualTo(3_750_000);
    }
}
