package astra.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.matching.Tick;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BackgroundMakersTest {
    private static final long NOW = World.START_MILLIS;

    /** Lag 60 s + requote 12 s = 72 s = 0.02 h; σ_b = 0.5/√h and no jumps: σ = 0.5·√0.02 = 0.0707 logit. */
    private final ScenarioSettings settings = ScenarioSettings.builder().beliefVolPerSqrtHour(0.5).jumpsPerHour(0)
            .makerLagMillis(60_000).makerRequoteMillis(12_000).makerHalfSpreadTicks(1).makerVolSpreadMultiple(1.0)
            .makerCloseWindowMillis(600_000).makerCloseWidening(2.0).build();
    private final BackgroundMakers makers = new BackgroundMakers(null, settings, null);

    @Test
    void halfSpread_atFiftyCents_isTheVolatilityMoveInPrice() {
        // 1.0 × 0.0707 × 0.5 × 0.5 = 0.01768 > one tick (0.01)
        assertThat(makers.halfSpreadMicros(Tick.HUNDREDTH, 500_000, NOW, OptionalLong.empty()))
                .isBetween(17_670L, 17_690L);
    }

    @Test
    void halfSpread_nearTheEdge_fallsBackToTheTickFloor() {
        // at 0.05: 0.0707 × 0.05 × 0.95 = 0.00336 < one tick, so one tick
        assertThat(makers.halfSpreadMicros(Tick.HUNDREDTH, 50_000, NOW, OptionalLong.empty())).isEqualTo(10_000);
    }

    @Test
    void halfSpread_widensThroughTheCloseWindow() {
        long usual = makers.halfSpreadMicros(Tick.HUNDREDTH, 500_000, NOW, OptionalLong.empty());
        // 5 of 10 minutes left: nearness 0.5, factor 1 + 2 × 0.5 = 2; at the close: 1 + 2 = 3
        assertThat(makers.halfSpreadMicros(Tick.HUNDREDTH, 500_000, NOW, OptionalLong.of(NOW + 300_000)))
                .isBetween(2 * usual - 1, 2 * usual + 1);
        assertThat(makers.halfSpreadMicros(Tick.HUNDREDTH, 500_000, NOW, OptionalLong.of(NOW)))
                .isBetween(3 * usual - 1, 3 * usual + 1);
        // outside the window nothing changes
        assertThat(makers.halfSpreadMicros(Tick.HUNDREDTH, 500_000, NOW, OptionalLong.of(NOW + 3_600_000)))
                .isEqualTo(usual);
    }

    @Test
    void jumps_widenTheSpreadLikeDiffusion() {
        // jumps 10/h of 0.5 logit over 0.02 h add variance 10 × 0.02 × 0.25 = 0.05 to 0.005:
        // σ = √0.055 = 0.2345, half = 0.2345 × 0.25 = 0.0586
        BackgroundMakers jumpy = new BackgroundMakers(null,
                settings.toBuilder().jumpsPerHour(10).jumpSizeLogit(0.5).build(), null);
        assertThat(jumpy.halfSpreadMicros(Tick.HUNDREDTH, 500_000, NOW, OptionalLong.empty()))
                .isBetween(58_600L, 58_650L);
    }
}
