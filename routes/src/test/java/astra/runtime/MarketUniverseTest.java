package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.MarketClocks;
import astra.domain.NegRiskMarketId;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MarketUniverseTest {
    private static final Market MARCH = market("0xa1", Optional.empty());
    private static final Market JUNE = market("0xa2", Optional.empty());
    private static final Market ALONE = market("0xb1", Optional.empty());
    private static final Market OUTCOME = market("0xc1", Optional.of(new NegRiskMarketId("0xneg")));

    @Test
    void questionsOfOneEvent_areOneCluster_aNegRiskEventIsOneCluster_andAMarketWithNoKnownEventIsItsOwn() {
        MarketUniverse universe = new MarketUniverse(List.of(MARCH, JUNE, ALONE, OUTCOME),
                Map.of(MARCH.conditionId(), "fed-cut", JUNE.conditionId(), "fed-cut", OUTCOME.conditionId(), "77"));

        assertThat(universe.clusterOf(MARCH)).isEqualTo("event:fed-cut").isEqualTo(universe.clusterOf(JUNE));
        assertThat(universe.clusterOf(ALONE)).isEqualTo("market:0xb1");
        assertThat(universe.clusterOf(OUTCOME)).as("by its negRisk event").isEqualTo("event:0xneg");
    }

    private static Market market(String id, Optional<NegRiskMarketId> negRisk) {
        return new Market(new ConditionId(id), new TokenId(id + "1"), new TokenId(id + "2"), negRisk.isPresent(),
                negRisk, TickSize.HUNDREDTH, Shares.whole(5), FeeSchedule.none(), ProtocolVersion.V2,
                MarketClocks.closingAt(Instant.parse("2026-12-31T00:00:00Z")));
    }
}
