package astra.strategy.parity;

import static astra.strategy.StrategyFixtures.CONDITION;
import static astra.strategy.StrategyFixtures.NO;
import static astra.strategy.StrategyFixtures.NOW;
import static astra.strategy.StrategyFixtures.YES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.domain.Fill;
import astra.domain.FillKey;
import astra.domain.Liquidity;
import astra.domain.OrderId;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.TradeId;
import astra.domain.TradeStatus;
import astra.domain.Usd;
import astra.strategy.Inventory;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parity trades of 100 pairs (YES at 0.45, NO at 0.50) whose legs fill in part or not at all. */
class LegRiskTest {

    private static ParityOpportunity trade(ParityKind kind) {
        Side side = kind == ParityKind.BUY_BOTH ? Side.BUY : Side.SELL;
        return new ParityOpportunity(CONDITION, kind, List.of(
                new ParityLeg(Outcome.YES, YES, side, Price.parse("0.45"), Shares.whole(100)),
                new ParityLeg(Outcome.NO, NO, side, Price.parse("0.50"), Shares.whole(100))),
                Shares.whole(100), new BigDecimal("0.04"), Usd.parse("4"), false);
    }

    private static int seq;

    private static Fill fill(TokenId token, Side side, long size, TradeStatus status) {
        String id = "t" + (++seq);
        return new Fill(FillKey.taker(new TradeId(id)), new OrderId("0x" + id), CONDITION, token, side,
                Price.parse("0.45"), Shares.whole(size), Liquidity.TAKER, Usd.ZERO, status, NOW);
    }

    private static Fill fill(TokenId token, Side side, long size) {
        return fill(token, side, size, TradeStatus.MATCHED);
    }

    @Test
    void buyBoth_yesFilledNoNot_leavesTheWholeYesLegOpenAsLongYes() {
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.BUY_BOTH), List.of(fill(YES, Side.BUY, 100)));

        assertThat(risk.pairs()).isEqualTo(Shares.ZERO);
        assertThat(risk.openLeg()).get().extracting(ParityLeg::outcome, ParityLeg::size)
                .containsExactly(Outcome.YES, Shares.whole(100));
        assertThat(risk.directionalInventory()).isEqualTo(Inventory.longYes(Shares.whole(100)));
        assertThat(risk.directionalInventory().netYes()).isEqualByComparingTo("100");
    }

    @Test
    void buyBoth_noLegFilledInPart_pairsWhatMatchedAndLeavesTheRestOfYesOpen() {
        // YES 60 + 40 = 100, NO 30: pairs min(100, 30) = 30, YES open 100 − 30 = 70.
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.BUY_BOTH), List.of(
                fill(YES, Side.BUY, 60), fill(NO, Side.BUY, 30), fill(YES, Side.BUY, 40)));

        assertThat(risk.pairs()).isEqualTo(Shares.whole(30));
        assertThat(risk.openLeg().get().size()).isEqualTo(Shares.whole(70));
        assertThat(risk.directionalInventory()).isEqualTo(Inventory.longYes(Shares.whole(70)));
        assertThat(risk.describe()).contains("30 pairs complete", "YES leg open by 70", "net YES 70");
    }

    @Test
    void buyBoth_onlyNoFilled_isLongNo() {
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.BUY_BOTH), List.of(fill(NO, Side.BUY, 25)));

        assertThat(risk.directionalInventory()).isEqualTo(Inventory.longNo(Shares.whole(25)));
        assertThat(risk.directionalInventory().netYes()).isEqualByComparingTo("-25");
    }

    @Test
    void sellBoth_yesSoldNoNot_leavesTheUnsoldNoTokensAlone() {
        // Sold 100 YES of 100 held pairs, 0 NO: the 100 NO tokens lost their partners: net YES −100.
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.SELL_BOTH), List.of(fill(YES, Side.SELL, 100)));

        assertThat(risk.openLeg().get().outcome()).isEqualTo(Outcome.YES);
        assertThat(risk.directionalInventory()).isEqualTo(Inventory.longNo(Shares.whole(100)));
    }

    @Test
    void bothLegsFilled_noLegOpen_flatAndTheRulesPermissionsStand() {
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.BUY_BOTH),
                List.of(fill(YES, Side.BUY, 100), fill(NO, Side.BUY, 100)));

        assertThat(risk.openLeg()).isEmpty();
        assertThat(risk.directionalInventory()).isEqualTo(Inventory.FLAT);
        assertThat(risk.workOff(QuotePermissions.unrestricted()).reduceOnly()).isFalse();
        assertThat(risk.describe()).endsWith("no leg open");
    }

    @Test
    void openLeg_isWorkedOffReduceOnly_keepingTheRulesOtherLimits() {
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.BUY_BOTH), List.of(fill(YES, Side.BUY, 100)));
        QuotePermissions rules = QuotePermissions.unrestricted().withSpreadWidenFactor(new BigDecimal("1.5"));

        QuotePermissions workOff = risk.workOff(rules);

        assertThat(workOff.reduceOnly()).isTrue();
        assertThat(workOff.spreadWidenFactor()).isEqualByComparingTo("1.5");
        assertThat(workOff.mayQuoteAsk()).isTrue();
    }

    @Test
    void failedFill_doesNotCount() {
        LegRisk risk = LegRisk.afterFills(trade(ParityKind.BUY_BOTH), List.of(
                fill(YES, Side.BUY, 100), fill(NO, Side.BUY, 100, TradeStatus.FAILED)));

        assertThat(risk.noFilled()).isEqualTo(Shares.ZERO);
        assertThat(risk.openLeg().get().outcome()).isEqualTo(Outcome.YES);
    }

    @Test
    void fillThatIsNotALeg_isRefused() {
        ParityOpportunity buyBoth = trade(ParityKind.BUY_BOTH);
        Fill wrongSide = fill(YES, Side.SELL, 10);
        Fill otherMarket = new Fill(FillKey.taker(new TradeId("x")), new OrderId("0xx"), new ConditionId("0xother"),
                YES, Side.BUY, Price.parse("0.45"), Shares.whole(10), Liquidity.TAKER, Usd.ZERO,
                TradeStatus.MATCHED, NOW);

        assertThatThrownBy(() -> LegRisk.afterFills(buyBoth, List.of(wrongSide)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a leg");
        assertThatThrownBy(() -> LegRisk.afterFills(buyBoth, List.of(otherMarket)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the parity trade's");
    }

    @Test
    void legFilledBeyondItsSize_isRefused() {
        assertThatThrownBy(() -> LegRisk.afterFills(trade(ParityKind.BUY_BOTH),
                List.of(fill(YES, Side.BUY, 80), fill(YES, Side.BUY, 30))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than its size");
    }
}
