package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MarketDecisionTest {

    private static MarketDecision withActions(Set<TradingAction> actions) {
        return new MarketDecision(new ConditionId("0xm"), MarketState.NORMAL, actions, List.of(), false,
                BigDecimal.ONE, false, false, false, List.of());
    }

    @Test
    void allowedActions_areACopyInDeclaredOrder_thatCannotBeChanged() {
        Set<TradingAction> given = new LinkedHashSet<>(List.of(TradingAction.SATELLITE, TradingAction.CANCEL,
                TradingAction.QUOTE));
        MarketDecision d = withActions(given);
        given.clear();

        assertThat(d.allowedActions()).containsExactly(TradingAction.QUOTE, TradingAction.CANCEL,
                TradingAction.SATELLITE);
        assertThatThrownBy(() -> d.allowedActions().add(TradingAction.PARITY))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(withActions(new HashSet<>()).allowedActions()).isEmpty();
    }

    @Test
    void twoDecisionsWithTheSameActionsAreEqual_whateverSetTheyCameIn() {
        assertThat(withActions(Set.of(TradingAction.QUOTE, TradingAction.REDUCE)))
                .isEqualTo(withActions(new LinkedHashSet<>(List.of(TradingAction.REDUCE, TradingAction.QUOTE))));
    }
}
