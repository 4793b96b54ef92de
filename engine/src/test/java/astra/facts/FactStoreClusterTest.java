package astra.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FactStoreClusterTest {

    @Test
    void twoMembersWithTcpIpJoin_formOneClusterAndShareFactsByMarket() {
        FactStoreConfig config = FactStoreConfig.embeddedDefaults()
                .withClusterName("join-" + UUID.randomUUID())
                .withMembers(List.of("127.0.0.1"));
        try (FactStore first = FactStore.start(config); FactStore second = FactStore.start(config)) {
            assertThat(first.clusterSize()).isEqualTo(2);
            MarketFacts f = FactStoreTest.facts("0xshared", 400_000, 420_000, 1_000, 2_000);
            first.markets().publish(List.of(f));
            assertThat(second.markets().get("0xshared")).contains(f);
        }
    }
}
