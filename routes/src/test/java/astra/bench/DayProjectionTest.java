package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DayProjectionTest {

    @Test
    void fixedCostsCountOnce_stepsScaleWithVenueTime() {
        // 100 s wall, of which 90 s in the steps, for 5 min (300 s) of venue time:
        // fixed 10 s; 90 / 300 = 0.3 wall s per venue s; a day = 10 + 0.3 × 86,400 = 25,930 s
        DayProjection p = new DayProjection(Duration.ofSeconds(100), Duration.ofSeconds(90), Duration.ofMinutes(5));

        assertThat(p.fixed()).isEqualTo(Duration.ofSeconds(10));
        assertThat(p.stepCostRatio()).isEqualTo(0.3);
        assertThat(p.day()).isEqualTo(Duration.ofSeconds(25_930));
    }

    @Test
    void stepsLongerThanTheRun_orNoVenueTime_areRefused() {
        assertThatThrownBy(() -> new DayProjection(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DayProjection(Duration.ofSeconds(1), Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no venue time");
    }
}
