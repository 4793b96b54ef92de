package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class RuntimeSettingsTest {
    private static RuntimeSettings with(String key, String value) {
        Properties overrides = new Properties();
        overrides.setProperty(key, value);
        return RuntimeSettings.load(overrides);
    }

    @Test
    void keepWarmPeriod_defaultsToTenMilliseconds_andZeroTurnsItOff() {
        assertThat(RuntimeSettings.load(new Properties()).millisOrOff("astra.keep-warm.period-ms"))
                .isEqualTo(Duration.ofMillis(10));
        assertThat(with("astra.keep-warm.period-ms", "0").millisOrOff("astra.keep-warm.period-ms")).isZero();
    }

    @Test
    void aNegativePeriod_isRefusedWithTheSettingNamed() {
        assertThatThrownBy(() -> with("astra.keep-warm.period-ms", "-5").millisOrOff("astra.keep-warm.period-ms"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("astra.keep-warm.period-ms").hasMessageContaining("-5");
    }

    @Test
    void aFlag_isTrueOrFalse_andAnythingElseIsRefusedWithTheSettingNamed() {
        assertThat(with("astra.market-feed.on-socket-thread", "true").flag("astra.market-feed.on-socket-thread"))
                .isTrue();
        assertThat(with("astra.market-feed.on-socket-thread", "false").flag("astra.market-feed.on-socket-thread"))
                .isFalse();
        assertThatThrownBy(() -> with("astra.market-feed.on-socket-thread", "yes")
                .flag("astra.market-feed.on-socket-thread"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("astra.market-feed.on-socket-thread").hasMessageContaining("'yes'");
    }
}
