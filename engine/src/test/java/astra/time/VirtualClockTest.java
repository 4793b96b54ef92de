package astra.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VirtualClockTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T12:00:00Z"));

    @Test
    void advanceAndSet_moveTimeForward() {
        clock.advance(Duration.ofSeconds(30));
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-26T12:00:30Z"));
        clock.set(Instant.parse("2026-11-26T13:00:00Z"));
        assertThat(clock.millis()).isEqualTo(Instant.parse("2026-11-26T13:00:00Z").toEpochMilli());
    }

    @Test
    void goingBackwards_isRefused() {
        assertThatThrownBy(() -> clock.set(Instant.parse("2026-11-26T11:59:59Z")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clock.advance(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-26T12:00:00Z"));
    }
}
