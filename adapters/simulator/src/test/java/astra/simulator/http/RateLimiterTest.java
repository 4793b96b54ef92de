package astra.simulator.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    @Test
    void limitPerTenSecondWindow_perEndpoint() {
        AtomicLong now = new AtomicLong(20_000);
        RateLimiter limiter = new RateLimiter(new RateLimits(Map.of("POST /order", 3), 1), now::get);
        assertThat(limiter.allow("POST /order")).isTrue();
        assertThat(limiter.allow("POST /order")).isTrue();
        now.set(29_999);
        assertThat(limiter.allow("POST /order")).isTrue();
        assertThat(limiter.allow("POST /order")).isFalse();
        assertThat(limiter.allow("GET /time")).isTrue();
        assertThat(limiter.allow("GET /time")).isFalse();
        now.set(30_000);
        assertThat(limiter.allow("POST /order")).isTrue();
    }

    @Test
    void venueDefaults_areThePublishedBursts() {
        RateLimits limits = RateLimits.venueDefaults();
        assertThat(limits.limitFor("POST /order")).isEqualTo(3_500);
        assertThat(limits.limitFor("POST /orders")).isEqualTo(1_000);
        assertThat(limits.limitFor("DELETE /order")).isEqualTo(3_000);
        assertThat(limits.limitFor("GET /book")).isEqualTo(1_500);
    }
}
