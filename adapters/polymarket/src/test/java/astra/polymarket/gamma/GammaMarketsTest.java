package astra.polymarket.gamma;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.domain.FeeSchedule;
import astra.domain.Market;
import astra.domain.NegRiskMarketId;
import astra.domain.Price;
import astra.domain.ProtocolVersion;
import astra.domain.Shares;
import astra.domain.TickSize;
import astra.domain.TokenId;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GammaMarketsTest {

    @Test
    void btcUpDown_readsEveryFieldExactly_andFirstOutcomeIsYes() {
        GammaMarket g = GammaMarket.from(GammaFixtures.json(GammaFixtures.BTC_5M));

        assertThat(g.conditionId()).isEqualTo(
                new ConditionId("0x78443f961b9a65869dcb39359de9960165c7e5cbad0904eac7f29cd77872a63b"));
        assertThat(g.outcomes()).containsExactly("Up", "Down");
        assertThat(g.clobTokenIds()).containsExactly(
                new TokenId("104239898038807136052399800151408521467737075933964991162589336683346093173875"),
                new TokenId("71183960810705820955071415844881728181970340514894896943812046065452395013351"));
        assertThat(g.tickSize()).contains(new BigDecimal("0.01"));
        assertThat(g.minSize()).contains(new BigDecimal("5"));
        assertThat(g.rewardsMinSize()).contains(new BigDecimal("50"));
        assertThat(g.rewardsMaxSpreadCents()).contains(new BigDecimal("4.5"));
        assertThat(g.endDate()).contains(Instant.parse("2026-03-12T09:25:00Z"));
        assertThat(g.negRisk()).isFalse();
        assertThat(g.tradable()).isTrue();
        assertThat(g.feesEnabled()).isTrue();
        assertThat(g.feeSchedule()).isEmpty();
    }

    @Test
    void feesEnabledWithoutSchedule_isRefusedRatherThanPricedAtZero() {
        GammaMarket g = GammaMarket.from(GammaFixtures.json(GammaFixtures.BTC_5M));

        assertThatThrownBy(() -> MarketListings.of(g))
                .isInstanceOf(GammaFormatException.class)
                .hasMessageContaining("0x78443f96")
                .hasMessageContaining("publishes no feeSchedule");
    }

    @Test
    void btcUpDown_withAPublishedSchedule_becomesAMarketWithRewardsInPriceUnits() {
        ObjectNode json = GammaFixtures.copy(GammaFixtures.BTC_5M);
        json.putObject("feeSchedule").put("exponent", 2).put("rate", new BigDecimal("0.25"))
                .put("rebateRate", new BigDecimal("0.2")).put("takerOnly", true);

        MarketListing l = MarketListings.of(GammaMarket.from(json));

        Market m = l.market();
        assertThat(m.yesToken().value()).startsWith("10423989");
        assertThat(m.noToken().value()).startsWith("71183960");
        assertThat(m.tickSize()).isEqualTo(TickSize.HUNDREDTH);
        assertThat(m.minSize()).isEqualTo(Shares.whole(5));
        assertThat(m.feeSchedule()).isEqualTo(
                new FeeSchedule.Curve(new BigDecimal("0.25"), 2, new BigDecimal("0.2"), true));
        assertThat(m.protocol()).isEqualTo(ProtocolVersion.V2);
        // No umaEndDate: proposal and challenge window are expected at the close.
        Instant close = Instant.parse("2026-03-12T09:25:00Z");
        assertThat(m.clocks().closesAt()).isEqualTo(close);
        assertThat(m.clocks().expectedProposalAt()).isEqualTo(close);
        assertThat(m.clocks().challengeWindowStartsAt()).isEqualTo(close);
        assertThat(l.rewardsMinSize()).contains(Shares.whole(50));
        // rewardsMaxSpread 4.5 is in cents: 4.5 / 100 = 0.045.
        assertThat(l.rewardsMaxSpread()).contains(Price.parse("0.045"));
    }

    @Test
    void sportsMarket_readsItsFeeScheduleTickAndGameStart_andIsNotTradableOnceClosed() {
        GammaMarket g = GammaMarket.from(GammaFixtures.json(GammaFixtures.SPORTS));

        assertThat(g.tradable()).isFalse();
        assertThat(g.closed()).isTrue();
        assertThat(g.acceptingOrders()).isFalse();
        assertThat(g.feeSchedule()).contains(
                new FeeSchedule.Curve(new BigDecimal("0.03"), 1, new BigDecimal("0.25"), true));
        assertThat(g.gameStartTime()).contains(Instant.parse("2026-04-05T15:10:00Z"));
        assertThat(g.umaEndDate()).contains(Instant.parse("2026-04-05T19:37:33Z"));
        assertThat(g.eventId()).as("events[0].id").contains("346898");

        MarketListing l = MarketListings.of(g);
        assertThat(l.market().tickSize()).isEqualTo(TickSize.THOUSANDTH);
        assertThat(l.market().yesToken().value()).startsWith("89972346");
        assertThat(l.rewardsMinSize()).contains(Shares.whole(500));
        assertThat(l.rewardsMaxSpread()).contains(Price.parse("0.025"));
        assertThat(l.eventId()).contains("346898");
        // umaEndDate 19:37:33 precedes endDate 21:10: the game ended early and the market closed then
        // (its closedTime is 19:37:33), so all three clocks sit at 19:37:33, not at the scheduled end.
        Instant ended = Instant.parse("2026-04-05T19:37:33Z");
        assertThat(l.market().clocks().closesAt()).isEqualTo(ended);
        assertThat(l.market().clocks().expectedProposalAt()).isEqualTo(ended);
        assertThat(l.market().clocks().challengeWindowStartsAt()).isEqualTo(ended);
    }

    @Test
    void umaEndDateAfterTheClose_isTheExpectedProposalAndTheChallengeWindowStart() {
        ObjectNode json = GammaFixtures.copy(GammaFixtures.SPORTS);
        json.put("umaEndDate", "2026-04-06T03:00:00Z");

        Market m = MarketListings.of(GammaMarket.from(json)).market();

        assertThat(m.clocks().closesAt()).isEqualTo(Instant.parse("2026-04-05T21:10:00Z"));
        assertThat(m.clocks().expectedProposalAt()).isEqualTo(Instant.parse("2026-04-06T03:00:00Z"));
        assertThat(m.clocks().challengeWindowStartsAt()).isEqualTo(Instant.parse("2026-04-06T03:00:00Z"));
    }

    @Test
    void versionV2_isTheNewerProtocolSignedForExchangeV3_andAnUnknownVersionIsRefused() {
        ObjectNode json = GammaFixtures.copy(GammaFixtures.SPORTS);
        json.put("version", "v2");
        assertThat(MarketListings.of(GammaMarket.from(json)).market().protocol()).isEqualTo(ProtocolVersion.V3);

        json.put("version", "v9");
        assertThatThrownBy(() -> MarketListings.of(GammaMarket.from(json)))
                .isInstanceOf(GammaFormatException.class).hasMessageContaining("unknown Gamma version 'v9'");
    }

    @Test
    void outcomesNoThenYes_areReadByName() {
        ObjectNode json = GammaFixtures.copy(GammaFixtures.SPORTS);
        json.put("outcomes", "[\"No\", \"Yes\"]");

        Market m = MarketListings.of(GammaMarket.from(json)).market();

        assertThat(m.yesToken().value()).startsWith("90510951");
        assertThat(m.noToken().value()).startsWith("89972346");
    }

    @Test
    void tickWrittenAsText_isReadLikeTheNumber_andAnUnknownTickIsRefused() {
        ObjectNode json = GammaFixtures.copy(GammaFixtures.SPORTS);
        json.put("orderPriceMinTickSize", "0.0025");
        assertThat(MarketListings.of(GammaMarket.from(json)).market().tickSize())
                .isEqualTo(TickSize.TWENTY_FIVE_TEN_THOUSANDTHS);

        json.put("orderPriceMinTickSize", new BigDecimal("0.02"));
        assertThatThrownBy(() -> MarketListings.of(GammaMarket.from(json)))
                .isInstanceOf(GammaFormatException.class).hasMessageContaining("unknown tick size '0.02'");
    }

    @Test
    void clobTokenIdsThatAreNotAJsonList_areAClearError() {
        ObjectNode json = GammaFixtures.copy(GammaFixtures.SPORTS);
        json.put("clobTokenIds", "[\"1\", ");

        assertThatThrownBy(() -> GammaMarket.from(json))
                .isInstanceOf(GammaFormatException.class)
                .hasMessageContaining("0x202abb9a")
                .hasMessageContaining("clobTokenIds");
    }

    @Test
    void negRiskEvent_groupsItsMarketsUnderOneNegRiskMarketId() {
        List<GammaEvent> events = new java.util.ArrayList<>();
        GammaFixtures.json(GammaFixtures.NEG_RISK_EVENT).forEach(e -> events.add(GammaEvent.from(e)));

        assertThat(events).hasSize(1);
        GammaEvent e = events.get(0);
        NegRiskMarketId group = new NegRiskMarketId("0x2c3d7e0eee6f058be3006baabf0d54a07da254ba47fe6e3e095e7990c7814700");
        assertThat(e.id()).isEqualTo("30829");
        assertThat(e.negRisk()).isTrue();
        assertThat(e.negRiskMarketId()).contains(group);
        assertThat(e.markets()).extracting(GammaMarket::conditionId).containsExactly(
                new ConditionId("0xc8f1cf5d4f26e0fd9c8fe89f2a7b3263b902cf14fde7bfccef525753bb492e47"),
                new ConditionId("0xe39adea057926dc197fe30a441f57a340b2a232d5a687010f78bba9b6e02620f"));

        Market first = MarketListings.of(e.markets().get(0)).market();
        assertThat(first.negRisk()).isTrue();
        assertThat(first.negRiskMarketId()).contains(group);
        assertThat(first.yesToken()).isEqualTo(
                new TokenId("60590045489347122735554346200880179420435533609307820342798544098823516727807"));
        assertThat(first.noToken()).isEqualTo(
                new TokenId("76005700027045000587004110133818166617024719626220722682005164003117993034812"));
        assertThat(first.tickSize()).isEqualTo(TickSize.THOUSANDTH);
        assertThat(first.feeSchedule()).isEqualTo(FeeSchedule.none());
        assertThat(first.clocks().closesAt()).isEqualTo(Instant.parse("2028-11-07T00:00:00Z"));
        assertThat(MarketListings.of(e.markets().get(1)).rewardsMaxSpread()).isEqualTo(Optional.of(Price.parse("0.035")));
    }
}
