package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.InvalidOrderException;
import astra.domain.MarketClocks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class GtdExpiryTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final long NOW_S = NOW.getEpochSecond();

    private static GtdExpiry at(Instant now) {
        return new GtdExpiry(Clock.fixed(now, ZoneOffset.UTC));
    }

    private static MarketClocks closingIn(Duration d) {
        return MarketClocks.closingAt(NOW.plus(d));
    }

    @Test
    void fiveMinuteLifetime_expiresAfterThresholdLifetimeAndBuffer() {
        // now + 60 (threshold) + 300 (lifetime) + 10 (buffer) = now + 370
        GtdExpiration e = at(NOW).forLifetime(Duration.ofMinutes(5));
        assertThat(e.unixSeconds()).isEqualTo(NOW_S + 370);
        assertThat(e.cappedAtMarketClose()).isFalse();
    }

    @Test
    void fractionOfASecond_roundsTheExpirationUp() {
        // now + 0.25 s + 370 -> 370.25 -> 371
        assertThat(at(NOW.plusMillis(250)).forLifetime(Duration.ofMinutes(5)).unixSeconds()).isEqualTo(NOW_S + 371);
    }

    @Test
    void configuredThresholdAndBuffer_replaceTheDefaults() {
        // now + 90 + 30 + 0 = now + 120
        GtdExpiry custom = new GtdExpiry(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(90), Duration.ZERO,
                Duration.ZERO);
        assertThat(custom.forLifetime(Duration.ofSeconds(30)).unixSeconds()).isEqualTo(NOW_S + 120);
    }

    @Test
    void defaults_areTheVenueMinuteAndATenSecondBuffer() {
        assertThat(GtdExpiry.DEFAULT_SECURITY_THRESHOLD).isEqualTo(Duration.ofSeconds(60));
        assertThat(GtdExpiry.DEFAULT_SAFETY_BUFFER).isEqualTo(Duration.ofSeconds(10));
        // zero lifetime: still clear of the threshold by the buffer, 60 + 10
        assertThat(at(NOW).forLifetime(Duration.ZERO).unixSeconds()).isEqualTo(NOW_S + 70);
    }

    @Test
    void lifetimeBeyondTheMarketClose_isCappedAtCloseMinusMargin() {
        // closes in 600 s, margin 60 -> cap now + 540; wanted now + 60 + 3600 + 10
        GtdExpiration e = at(NOW).forLifetime(Duration.ofHours(1), closingIn(Duration.ofSeconds(600)));
        assertThat(e.unixSeconds()).isEqualTo(NOW_S + 540);
        assertThat(e.cappedAtMarketClose()).isTrue();
    }

    @Test
    void capWithAFractionalClose_roundsDownSoTheCapIsNeverOvershot() {
        // closes at now + 600.7 s, margin 60 -> 540.7 -> 540
        GtdExpiration e = at(NOW).forLifetime(Duration.ofHours(1), closingIn(Duration.ofMillis(600_700)));
        assertThat(e.unixSeconds()).isEqualTo(NOW_S + 540);
    }

    @Test
    void lifetimeThatFitsBeforeTheClose_isNotCapped() {
        GtdExpiration e = at(NOW).forLifetime(Duration.ofMinutes(5), closingIn(Duration.ofDays(1)));
        assertThat(e.unixSeconds()).isEqualTo(NOW_S + 370);
        assertThat(e.cappedAtMarketClose()).isFalse();
    }

    @Test
    void capThatLeavesLessThanThresholdPlusBuffer_isRefused() {
        // closes in 129 s, margin 60 -> cap now + 69 < now + 60 + 10
        assertThatThrownBy(() -> at(NOW).forLifetime(Duration.ofMinutes(5), closingIn(Duration.ofSeconds(129))))
                .isInstanceOf(InvalidOrderException.class)
                .hasMessageContaining("no GTD expiration fits")
                .hasMessageContaining("must expire by");
    }

    @Test
    void capExactlyAtThresholdPlusBuffer_isStillAccepted() {
        // closes in 130 s, margin 60 -> cap now + 70 = now + 60 + 10
        GtdExpiration e = at(NOW).forLifetime(Duration.ofMinutes(5), closingIn(Duration.ofSeconds(130)));
        assertThat(e.unixSeconds()).isEqualTo(NOW_S + 70);
        assertThat(e.cappedAtMarketClose()).isTrue();
    }

    @Test
    void closedMarket_isRefused() {
        assertThatThrownBy(() -> at(NOW).forLifetime(Duration.ofMinutes(5), MarketClocks.closingAt(NOW.minusSeconds(1))))
                .isInstanceOf(InvalidOrderException.class);
    }

    @Test
    void negativeDurations_areRefused() {
        assertThatThrownBy(() -> at(NOW).forLifetime(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lifetime");
        assertThatThrownBy(() -> new GtdExpiry(Clock.systemUTC(), Duration.ofSeconds(60), Duration.ofSeconds(-5),
                Duration.ZERO)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("safetyBuffer");
    }
}
