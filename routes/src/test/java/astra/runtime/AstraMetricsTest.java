package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.rules.Decision;
import astra.rules.DecisionKind;
import org.junit.jupiter.api.Test;

/** Decisions are counted per kind and rule, vetoes also per rule and reason, however often they repeat. */
class AstraMetricsTest {
    private final AstraMetrics metrics = new AstraMetrics();

    private static Decision veto(String rule, String reason) {
        return Decision.forMarket("0xa", DecisionKind.VETO_QUOTE, reason, rule, "v1", "");
    }

    @Test
    void repeatedDecisions_countPerKindAndRule_andVetoesPerReason() {
        metrics.decision(veto("DenyWide", "SPREAD_TOO_WIDE"));
        metrics.decision(veto("DenyWide", "SPREAD_TOO_WIDE"));
        metrics.decision(veto("DenyWide", "BOOK_STALE"));
        metrics.decision(veto("DenyThin", "SPREAD_TOO_WIDE"));
        metrics.decision(Decision.forMarket("0xb", DecisionKind.HALT_QUOTING, "SPREAD_TOO_WIDE", "DenyWide", "v1", ""));

        // DenyWide vetoed three times (two for the spread, one for the stale book), DenyThin once
        assertThat(metrics.count("astra_decisions_total", "kind", "VETO_QUOTE", "rule", "DenyWide")).isEqualTo(3);
        assertThat(metrics.count("astra_decisions_total", "kind", "VETO_QUOTE", "rule", "DenyThin")).isEqualTo(1);
        assertThat(metrics.count("astra_decisions_total", "kind", "HALT_QUOTING", "rule", "DenyWide")).isEqualTo(1);
        assertThat(metrics.count("astra_vetoes_total", "rule", "DenyWide", "reason", "SPREAD_TOO_WIDE")).isEqualTo(2);
        assertThat(metrics.count("astra_vetoes_total", "rule", "DenyWide", "reason", "BOOK_STALE")).isEqualTo(1);
        assertThat(metrics.count("astra_vetoes_total", "rule", "DenyThin", "reason", "SPREAD_TOO_WIDE")).isEqualTo(1);
    }
}
