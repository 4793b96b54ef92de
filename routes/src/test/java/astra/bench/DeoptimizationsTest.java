package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeoptimizationsTest {
    private static final Instant T = Instant.parse("2026-11-26T22:00:00Z");

    @Test
    void summaryCountsEachPlaceOnce_withHowOftenItWasThrownAway() {
        List<Deoptimizations.Deopt> deopts = List.of(
                new Deoptimizations.Deopt(T, "market-feed", "astra.runtime.MutationPlanner.plan", 59, "class_check"),
                new Deoptimizations.Deopt(T.plusSeconds(1), "decisions", "astra.execution.CanonicalMid.of", 89,
                        "unstable_if"),
                new Deoptimizations.Deopt(T.plusSeconds(2), "market-feed", "astra.runtime.MutationPlanner.plan", 59,
                        "class_check"));

        assertThat(Deoptimizations.summary(deopts)).isEqualTo("3: decisions: astra.execution.CanonicalMid.of:89"
                + " (unstable_if); market-feed: astra.runtime.MutationPlanner.plan:59 (class_check) x2");
    }

    @Test
    void summaryOfNothingThrownAwaySaysNone() {
        assertThat(Deoptimizations.summary(List.of())).isEqualTo("none");
    }
}
