package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.time.VirtualClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VenueErrorRateTest {
    private final VirtualClock clock = new VirtualClock(Instant.parse("2026-11-26T00:00:00Z"));
    private final VenueErrorRate rate = new VenueErrorRate(clock, Duration.ofSeconds(60));

    @Test
    void fewerRequestsThanTheMinimum_readAsNoErrorRate() {
        for (int i = 0; i < VenueErrorRate.MIN_REQUESTS - 1; i++) {
            rate.failed();
        }
        assertThat(rate.rate()).isEqualByComparingTo("0");
    }

    @Test
    void rate_isFailuresOverAllRequestsInTheWindow() {
        // 2 failed of 8 requests = 0.25
        for (int i = 0; i < 6; i++) {
            rate.succeeded();
        }
        rate.failed();
        rate.failed();
        assertThat(rate.rate()).isEqualTo(new BigDecimal("0.2500"));
    }

    @Test
    void requestsOlderThanTheWindow_leaveIt() {
        for (int i = 0; i < 5; i++) {
            rate.failed();
        }
        clock.advance(Duration.ofSeconds(30));
        for (int i = 0; i < 5; i++) {
            rate.succeeded();
        }
        assertThat(rate.rate()).isEqualTo(new BigDecimal("0.5000"));
        // 60 s after the failures they are gone; the 5 successes 30 s later remain.
        clock.advance(Duration.ofSeconds(30));
        assertThat(rate.rate()).isEqualTo(new BigDecimal("0.0000"));
    }

    @Test
    void aWindowMustBePositive() {
        assertThatThrownBy(() -> new VenueErrorRate(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
