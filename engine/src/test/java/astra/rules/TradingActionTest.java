package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class TradingActionTest {

    @Test
    void parsedList_isTheCallersOwn_soChangingItLeavesTheNextParseWhole() {
        Set<TradingAction> first = TradingAction.parseList("QUOTE, CANCEL");
        first.remove(TradingAction.QUOTE);

        assertThat(TradingAction.parseList("QUOTE, CANCEL"))
                .containsExactlyInAnyOrder(TradingAction.QUOTE, TradingAction.CANCEL);
    }

    @Test
    void unknownName_refusedOnEveryParse() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> TradingAction.parseList("QUOTE,FLY"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("unknown trading action 'FLY'");
        }
    }

    @Test
    void blankList_allowsNothing() {
        assertThat(TradingAction.parseList(" ")).isEmpty();
    }
}
