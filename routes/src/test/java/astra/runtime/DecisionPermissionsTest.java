package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ConditionId;
import astra.execution.firewall.OrderPermissions;
import astra.rules.Decision;
import astra.rules.DecisionKind;
import astra.rules.MarketDecision;
import astra.rules.MarketState;
import astra.rules.TradingAction;
import astra.strategy.QuotePermissions;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionPermissionsTest {
    private static final ConditionId M = new ConditionId("0xabc");

    private static MarketDecision decision(MarketState state, Set<TradingAction> allowed, List<Decision> vetoes,
            boolean reduceOnly, String cap, boolean widenAndCut) {
        return new MarketDecision(M, state, allowed, vetoes, reduceOnly, new BigDecimal(cap), widenAndCut, false,
                false, vetoes);
    }

    @Test
    void veto_becomesAVetoNamingTheRuleAndReason() {
        Decision veto = Decision.forMarket(M, DecisionKind.VETO_QUOTE, "SCORE_BELOW_MINIMUM",
                "VetoQuotesWhenTheScoreIsBelowTheMinimum", "v1", "score 0.1 < 0.3");

        QuotePermissions p = DecisionPermissions.quote(
                decision(MarketState.NORMAL, Set.of(TradingAction.QUOTE), List.of(veto), false, "1", false));

        assertThat(p.vetoReason()).contains("VetoQuotesWhenTheScoreIsBelowTheMinimum (SCORE_BELOW_MINIMUM)");
    }

    @Test
    void stateAllowingOnlyCancel_isAVeto() {
        QuotePermissions p = DecisionPermissions.quote(
                decision(MarketState.HALTED, Set.of(TradingAction.CANCEL), List.of(), false, "1", false));

        assertThat(p.isVetoed()).isTrue();
        assertThat(p.vetoReason().orElseThrow()).contains("HALTED");
    }

    @Test
    void reduceWithoutQuote_isReduceOnly_forQuoterAndFirewall() {
        QuotePermissions p = DecisionPermissions.quote(
                decision(MarketState.CLOSE_WINDOW, Set.of(TradingAction.REDUCE, TradingAction.CANCEL), List.of(),
                        false, "1", false));

        assertThat(p.isVetoed()).isFalse();
        assertThat(p.reduceOnly()).isTrue();
        assertThat(DecisionPermissions.order(p)).isEqualTo(OrderPermissions.REDUCE_ONLY);
    }

    @Test
    void ratchetAndToxicity_scaleSizeAndWidenSpread() {
        // Cap multiplier 0.5 from the ratchet; widen-and-cut doubles the spread and halves the size.
        QuotePermissions p = DecisionPermissions.quote(
                decision(MarketState.WATCH, Set.of(TradingAction.QUOTE), List.of(), false, "0.5", true));

        assertThat(p.capMultiplier()).isEqualByComparingTo("0.5");
        assertThat(p.sizeFactor()).isEqualByComparingTo("0.5");
        assertThat(p.spreadWidenFactor()).isEqualByComparingTo("2");
        assertThat(p.reduceOnly()).isFalse();
        assertThat(DecisionPermissions.order(p)).isEqualTo(OrderPermissions.ALL);
    }
}
