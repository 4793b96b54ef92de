package astra.polymarket.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void withoutJitter_delaysDoubleUntilTheCap() {
        Backoff b = new Backoff(Duration.ofMillis(100), Duration.ofMillis(1000), 0);
        SplittableRandom r = new SplittableRandom(1);
        assertThat(b.delay(1, r)).isEqualTo(Duration.ofMillis(100));
        assertThat(b.delay(2, r)).isEqualTo(Duration.ofMillis(200));
        assertThat(b.delay(4, r)).isEqualTo(Duration.ofMillis(800));
        assertThat(b.delay(5, r)).isEqualTo(Duration.ofMillis(1000));
        assertThat(b.delay(500, r)).isEqualTo(Duration.ofMillis(1000));
    }

    @Test
    void jitter_staysWithinItsPercentAndActuallySpreads() {
        Backoff b = new Backoff(Duration.ofMillis(1000), Duration.ofMillis(1000), 20);
        SplittableRandom r = new SplittableRandom(7);
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (int i = 0; i < 1000; i++) {
            long d = b.delay(1, r).toMillis();
            min = Math.min(min, d);
            max = Math.max(max, d);
        }
        assertThat(min).isGreaterThanOrEqualTo(800);
        assertThat(max).isLessThanOrEqualTo(1200);
        assertThat(max - min).isGreaterThan(200);
    }

    @Test
    void invalidSettings_areRefused() {
        assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(1), 101))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
