package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.Market;
import astra.domain.Position;
import astra.domain.Price;
import astra.domain.Reservation;
import astra.domain.Shares;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.facts.InventoryFacts;
import astra.facts.FactStore;
import astra.facts.FactStoreConfig;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class InventoryPublisherTest {
    private static FactStore facts;
    private static final Market TRADED = MarketFeedRecoveryTest.market();
    private static final ConditionId ELSEWHERE = new ConditionId("0xe0");

    @Test
    void aTradedMarket_countsItsNetPositionAtTheMid_andItsReservedCollateral() {
        List<InventoryFacts> facts = InventoryPublisher.of(List.of(TRADED),
                List.of(position(TRADED.conditionId(), TRADED.yesToken(), "30"),
                        position(TRADED.conditionId(), TRADED.noToken(), "10")),
                List.of(collateral("b", TRADED.conditionId(), "4")),
                Map.of(TRADED.yesToken(), Price.parse("0.40")));

        // Net 20 YES at 0.40 = 8 pUSD; 4 pUSD reserved.
        assertThat(facts).containsExactly(new InventoryFacts("0xc0", 20_000_000, 8_000_000, 4_000_000));
    }

    @Test
    void aTradedMarketWithNoMidThisCycle_countsItsPositionAtFaceValue() {
        List<InventoryFacts> facts = InventoryPublisher.of(List.of(TRADED),
                List.of(position(TRADED.conditionId(), TRADED.noToken(), "1000")), List.of(), Map.of());

        // Long 1,000 NO with its book stale: at most 1 pUSD a share, not the 0.5 of no knowledge.
        assertThat(facts).containsExactly(new InventoryFacts("0xc0", -1_000_000_000L, 1_000_000_000L, 0));
    }

    @Test
    void aMarketOutsideTheUniverse_stillCounts_atFaceValue_forItsPositionAndReservations() {
        List<InventoryFacts> facts = InventoryPublisher.of(List.of(TRADED),
                List.of(position(ELSEWHERE, new TokenId("9001"), "25"), position(ELSEWHERE, new TokenId("9002"), "5")),
                List.of(collateral("left", ELSEWHERE, "3"), collateral("gone", new ConditionId("0xf0"), "2")),
                Map.of());

        assertThat(facts).containsExactly(
                new InventoryFacts("0xc0", 0, 0, 0),
                new InventoryFacts("0xe0", 0, 30_000_000, 3_000_000),
                new InventoryFacts("0xf0", 0, 0, 2_000_000));
        assertThat(facts.get(1).atRiskUsdMicros()).as("each share at 1 pUSD, and the reserve").isEqualTo(33_000_000);
    }

    @Test
    void aMarketOutsideTheUniverse_leavesTheFacts_onceNothingIsHeldOrReservedThere() {
        InventoryPublisher publisher = new InventoryPublisher(facts.inventory());
        Position held = position(ELSEWHERE, new TokenId("9001"), "25");

        publisher.publish(List.of(TRADED), List.of(held), List.of(), Map.of());
        assertThat(facts.inventory().get("0xe0")).map(InventoryFacts::atRiskUsdMicros).contains(25_000_000L);

        publisher.publish(List.of(TRADED), List.of(), List.of(), Map.of()); // sold, or redeemed

        assertThat(facts.inventory().get("0xe0")).isEmpty();
        assertThat(facts.inventory().get("0xc0")).isPresent();
    }

    @BeforeAll
    static void startFacts() {
        facts = FactStore.start(FactStoreConfig.embeddedDefaults().withClusterName("inventory-" + UUID.randomUUID()));
    }

    @AfterAll
    static void stopFacts() {
        facts.close();
    }

    private static Position position(ConditionId market, TokenId token, String size) {
        return new Position(market, token, Shares.parse(size), Usd.ZERO, Usd.ZERO);
    }

    private static Reservation collateral(String order, ConditionId market, String amount) {
        return new Reservation.Collateral(new ClientOrderId(order), market, Usd.parse(amount));
    }
}
