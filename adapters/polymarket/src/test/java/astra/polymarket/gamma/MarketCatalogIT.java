package astra.polymarket.gamma;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.NegRiskMarketId;
import astra.domain.ProtocolVersion;
import astra.domain.TokenId;
import astra.polymarket.rest.RestSettings;
import astra.polymarket.venue.SimulatedVenue;
import astra.simulator.matching.MarketSpec;
import astra.simulator.world.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(60)
class MarketCatalogIT {

    @Test
    void catalog_listsEverySimulatorMarketWithItsTokensNegRiskGroupingAndClocks() {
        try (SimulatedVenue sim = new SimulatedVenue()) {
            MarketCatalog.Snapshot snapshot = sim.catalog.refresh();
            List<MarketSpec> specs = sim.markets();

            assertThat(snapshot.refusals()).isEmpty();
            assertThat(snapshot.listings().keySet()).containsExactlyInAnyOrderElementsOf(
                    specs.stream().map(s -> new ConditionId(s.conditionId())).toList());
            // The simulator publishes a closing market's close time as its end date, and lists the
            // others as ending a year after the venue's start; it gives no oracle date, so all three
            // clocks sit at that end.
            Instant yearOut = Instant.ofEpochMilli(World.START_MILLIS).plus(Duration.ofDays(365));
            for (MarketSpec s : specs) {
                Market m = sim.catalog.require(new ConditionId(s.conditionId()));
                Instant end = sim.server.onVenue(v -> v.world().closeTimeMillis(s.conditionId()))
                        .stream().mapToObj(Instant::ofEpochMilli).findFirst().orElse(yearOut);
                assertThat(m.yesToken()).isEqualTo(new TokenId(s.yesToken()));
                assertThat(m.noToken()).isEqualTo(new TokenId(s.noToken()));
                assertThat(m.negRisk()).isEqualTo(s.negRisk());
                assertThat(m.minSize().micros()).isEqualTo(s.minOrderSizeMicros());
                assertThat(m.tickSize().micros()).isEqualTo(s.tick().micros());
                assertThat(m.protocol()).isEqualTo(ProtocolVersion.V2);
                assertThat(m.clocks().closesAt()).isEqualTo(end);
                assertThat(m.clocks().expectedProposalAt()).isEqualTo(end);
                assertThat(m.clocks().challengeWindowStartsAt()).isEqualTo(end);
            }

            Map<String, Set<ConditionId>> byEvent = specs.stream().filter(MarketSpec::negRisk).collect(
                    Collectors.groupingBy(MarketSpec::negRiskEventId,
                            Collectors.mapping(s -> new ConditionId(s.conditionId()), Collectors.toSet())));
            Map<NegRiskMarketId, List<Market>> groups = sim.catalog.negRiskGroups();
            assertThat(groups).hasSize(byEvent.size());
            assertThat(groups.values()).extracting(g -> g.stream().map(Market::conditionId).collect(Collectors.toSet()))
                    .containsExactlyInAnyOrderElementsOf(byEvent.values());
            assertThat(sim.catalog.listing(new ConditionId(specs.get(0).conditionId())).orElseThrow()
                    .rewardsMaxSpread()).isPresent();
        }
    }

    @Test
    void events_groupTheNegRiskMarketsUnderTheirNegRiskMarketId() {
        try (SimulatedVenue sim = new SimulatedVenue()) {
            List<GammaFormatException> unreadable = new ArrayList<>();
            List<GammaEvent> events = GammaClient.create(RestSettings.defaults(sim.baseUri())).openEvents(unreadable::add);

            assertThat(unreadable).isEmpty();
            GammaEvent negRisk = events.stream().filter(GammaEvent::negRisk).findFirst().orElseThrow();
            assertThat(negRisk.markets()).isNotEmpty().allMatch(m -> m.negRisk()
                    && m.negRiskMarketId().equals(negRisk.negRiskMarketId()));
            assertThat(events.stream().filter(e -> !e.negRisk())).allMatch(e -> e.markets().size() == 1);
        }
    }

    @Test
    void marketMarkedVersionV2_isListedAsTheNewerProtocol_andItsOrdersAreAccepted() {
        String newer = SimulatedVenue.conditionIds().get(0);
        try (SimulatedVenue sim = new SimulatedVenue(Set.of(newer))) {
            Market m = sim.catalog.require(new ConditionId(newer));
            assertThat(m.protocol()).isEqualTo(ProtocolVersion.V3);

            var venue = sim.venue();
            var intent = new astra.domain.OrderIntent(new astra.domain.ClientOrderId("v3"), m.conditionId(),
                    m.yesToken(), astra.domain.Side.BUY, astra.domain.Price.parse("0.02"),
                    astra.domain.Shares.whole(5), m.tickSize(), astra.domain.OrderType.GTC, true,
                    java.util.Optional.empty(), "it");
            var prepared = venue.prepare(intent);
            assertThat(venue.submit(List.of(prepared)))
                    .containsExactly(new astra.ports.SubmitOutcome.Accepted(prepared.venueId(), false));
        }
    }
}
