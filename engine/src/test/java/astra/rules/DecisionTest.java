package astra.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DecisionTest {
    @Test
    void stateAndActions_roundTripThroughTheirValue() {
        Decision state = Decision.state("0xa", MarketState.WATCH, "WITHIN_WATCH_PERIOD", "R", "v1", "");
        Decision allow = Decision.allow("0xa", "STATE_WATCH", "R", "v1", "", TradingAction.QUOTE, TradingAction.CANCEL);
        Decision none = Decision.allow("0xa", "STATE_CLOSED", "R", "v1", "");

        assertThat(state.state()).isEqualTo(MarketState.WATCH);
        assertThat(state.setsState(MarketState.WATCH)).isTrue();
        assertThat(allow.actions()).containsExactlyInAnyOrder(TradingAction.QUOTE, TradingAction.CANCEL);
        assertThat(allow.allowsQuoting()).isTrue();
        assertThat(none.actions()).isEmpty();
        assertThat(none.allowsQuoting()).isFalse();
    }

    @Test
    void aValueTheKindDoesNotCarry_isRefusedNamingTheRule() {
        assertThatThrownBy(() -> Decision.capMultiplier("0xa", new BigDecimal("1.5"), "X", "BadRatchet", "v1", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("BadRatchet", "(0, 1]");
        assertThatThrownBy(() -> new Decision(java.util.Optional.empty(), DecisionKind.SET_STATE, "X", "BadState", "v1",
                "OPEN", "")).hasMessageContaining("BadState", "OPEN");
        assertThatThrownBy(() -> new Decision(java.util.Optional.empty(), DecisionKind.VETO_QUOTE, "X", "R", "v1",
                "0.5", "")).hasMessageContaining("carries no value");
    }

    @Test
    void theMostRestrictiveState_wins() {
        assertThat(MarketState.WATCH.strictest(MarketState.HALTED)).isEqualTo(MarketState.HALTED);
        assertThat(MarketState.CLOSED.strictest(MarketState.NORMAL)).isEqualTo(MarketState.CLOSED);
    }

    @Test
    void theAuditRecord_showsTheValueNextToTheKind() {
        Decision multiplier = Decision.capMultiplier("0xa", new BigDecimal("0.50"), "NEAR_CLOSE_RATCHET", "R", "v1", "");

        assertThat(multiplier.toRecord(Instant.EPOCH).decision()).isEqualTo("CAP_MULTIPLIER 0.50");
        assertThat(multiplier.concerns("0xa")).isTrue();
        assertThat(multiplier.concerns("0xb")).isFalse();
    }
}
