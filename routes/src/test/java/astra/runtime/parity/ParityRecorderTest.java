package astra.runtime.parity;

import static astra.runtime.parity.ParityFixtures.NOW;
import static astra.runtime.parity.ParityFixtures.normal;
import static astra.runtime.parity.ParityFixtures.parity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ConditionId;
import astra.domain.Outcome;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TokenId;
import astra.domain.Usd;
import astra.rules.DecisionKind;
import astra.strategy.parity.ParityKind;
import astra.strategy.parity.ParityLeg;
import astra.strategy.parity.ParityOpportunity;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParityRecorderTest {
    private static final ConditionId A = new ConditionId("0xa");
    private static final ConditionId B = new ConditionId("0xb");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ParityRecorder recorder = new ParityRecorder(registry, 2);

    @Test
    void keepsTheNewestUpToCapacity_butCountsEveryOne_perMarketAndByVerdict() {
        RecordedParity first = seen(A, 1, true);
        RecordedParity second = seen(B, 2, false);
        RecordedParity third = seen(A, 3, false);

        recorder.record(first);
        recorder.record(second);
        recorder.record(third);

        assertThat(recorder.count()).isEqualTo(3);
        assertThat(recorder.allowedCount()).isEqualTo(1);
        assertThat(recorder.deniedCount()).isEqualTo(2);
        assertThat(recorder.last(10)).containsExactly(second, third);
        assertThat(recorder.last(1)).containsExactly(third);
        assertThat(recorder.countFor(A)).isEqualTo(2);
        assertThat(recorder.countFor(B)).isEqualTo(1);
        assertThat(recorder.countFor(new ConditionId("0xc"))).isZero();
        assertThat(registry.counter("astra_parity_opportunities_total", "kind", "BUY_BOTH", "verdict", "allowed")
                .count()).isEqualTo(1);
        assertThat(registry.counter("astra_parity_opportunities_total", "kind", "BUY_BOTH", "verdict", "denied")
                .count()).isEqualTo(2);
        assertThat(registry.counter("astra_parity_denials_total", "rule", "DenyParityWhenABookIsStale",
                "reason", "PARITY_BOOK_STALE").count()).isEqualTo(2);
    }

    @Test
    void aRecorderWithoutRoom_isRefused() {
        assertThatThrownBy(() -> new ParityRecorder(registry, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static RecordedParity seen(ConditionId m, int seconds, boolean allowed) {
        ParityVerdict verdict = ParityVerdict.of(allowed
                ? normal(m, parity(m, DecisionKind.ALLOW_PARITY, "BOTH_BOOKS_FRESH",
                        "AllowParityWhenBothBooksAreFresh"))
                : normal(m, parity(m, DecisionKind.DENY_PARITY, "PARITY_BOOK_STALE",
                        "DenyParityWhenABookIsStale")));
        ParityOpportunity o = new ParityOpportunity(m, ParityKind.BUY_BOTH, List.of(
                new ParityLeg(Outcome.YES, new TokenId("1"), Side.BUY, Price.parse("0.45"), Shares.whole(10)),
                new ParityLeg(Outcome.NO, new TokenId("2"), Side.BUY, Price.parse("0.50"), Shares.whole(10))),
                Shares.whole(10), new BigDecimal("0.05"), Usd.parse("0.50"), false);
        return new RecordedParity(NOW.plusSeconds(seconds), o, verdict);
    }
}
