package astra.runtime.parity;

import static astra.runtime.parity.ParityFixtures.decision;
import static astra.runtime.parity.ParityFixtures.normal;
import static astra.runtime.parity.ParityFixtures.parity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.rules.DecisionKind;
import astra.rules.MarketState;
import astra.rules.TradingAction;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParityVerdictTest {
    private static final ConditionId M = new ConditionId("0xabc");

    @Test
    void freshBooksInANormalMarket_areAllowed_namingTheAllowingRule() {
        ParityVerdict v = ParityVerdict.of(normal(M,
                parity(M, DecisionKind.ALLOW_PARITY, "BOTH_BOOKS_FRESH", "AllowParityWhenBothBooksAreFresh")));

        assertThat(v.allowed()).isTrue();
        assertThat(v.denials()).isEmpty();
        assertThat(v.reason()).isEqualTo("allowed by AllowParityWhenBothBooksAreFresh");
    }

    @Test
    void negRiskDenial_winsOverAnAllow_andNamesEveryDenyingRule() {
        ParityVerdict v = ParityVerdict.of(normal(M,
                parity(M, DecisionKind.ALLOW_PARITY, "BOTH_BOOKS_FRESH", "AllowParityWhenBothBooksAreFresh"),
                parity(M, DecisionKind.DENY_PARITY, "NEG_RISK_MARKET", "DenyParityOnNegRiskMarkets"),
                parity(M, DecisionKind.DENY_PARITY, "NEG_RISK_MARKET", "DenyParityWhenTheCandidateIsNegRisk")));

        assertThat(v.allowed()).isFalse();
        assertThat(v.deniedBy("DenyParityOnNegRiskMarkets")).isTrue();
        assertThat(v.deniedBy("DenyParityWhenTheCandidateIsNegRisk")).isTrue();
        assertThat(v.deniedFor("NEG_RISK_MARKET")).isTrue();
        assertThat(v.deniedFor("PARITY_BOOK_STALE")).isFalse();
        assertThat(v.reason()).isEqualTo("denied by DenyParityOnNegRiskMarkets (NEG_RISK_MARKET), "
                + "DenyParityWhenTheCandidateIsNegRisk (NEG_RISK_MARKET)");
    }

    @Test
    void anAllowInAStateWithoutParity_isNotAllowed_andSaysTheState() {
        ParityVerdict v = ParityVerdict.of(decision(M, MarketState.WATCH, Set.of(TradingAction.QUOTE),
                parity(M, DecisionKind.ALLOW_PARITY, "BOTH_BOOKS_FRESH", "AllowParityWhenBothBooksAreFresh")));

        assertThat(v.allowed()).isFalse();
        assertThat(v.denials()).isEmpty();
        assertThat(v.reason()).isEqualTo("state WATCH does not allow PARITY");
    }

    @Test
    void noParityDecisionAtAll_isNotAllowed() {
        ParityVerdict v = ParityVerdict.of(normal(M));

        assertThat(v.allowed()).isFalse();
        assertThat(v.reason()).isEqualTo("no rule allowed parity");
    }

    @Test
    void allowedWithADenial_isRefusedAtConstruction() {
        assertThatThrownBy(() -> new ParityVerdict(M, true,
                List.of(parity(M, DecisionKind.DENY_PARITY, "NEG_RISK_MARKET", "DenyParityOnNegRiskMarkets")), "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("allowed and denied");
    }
}
