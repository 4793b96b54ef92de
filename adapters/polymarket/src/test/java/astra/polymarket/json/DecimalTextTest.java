package astra.polymarket.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DecimalTextTest {

    @Test
    void venueDecimals_becomeExactMicros() {
        assertThat(DecimalText.micros("0.514")).isEqualTo(514_000L);
        assertThat(DecimalText.micros("21574.08")).isEqualTo(21_574_080_000L);
        assertThat(DecimalText.micros("10500100")).isEqualTo(10_500_100_000_000L);
        assertThat(DecimalText.micros("150.0")).isEqualTo(150_000_000L);
        assertThat(DecimalText.micros("0.000001")).isEqualTo(1L);
        assertThat(DecimalText.micros("0")).isZero();
    }

    @Test
    void trailingZerosPastTheSixthDecimal_areExact() {
        assertThat(DecimalText.micros("0.5000000000")).isEqualTo(500_000L);
    }

    @Test
    void aSeventhSignificantDecimal_isRefusedNotRounded() {
        assertThatThrownBy(() -> DecimalText.micros("0.1234567"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not representable");
    }

    @Test
    void unusualForms_fallBackToTheExactSlowPath() {
        // 5e-1 = 0.5; 1.5E+2 = 150
        assertThat(DecimalText.micros("5e-1")).isEqualTo(500_000L);
        assertThat(DecimalText.micros("1.5E+2")).isEqualTo(150_000_000L);
    }

    @Test
    void nonDecimals_areRefused() {
        for (String bad : new String[] {"", ".", "abc", "-", "0.5x", "1..2"}) {
            assertThatThrownBy(() -> DecimalText.micros(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void epochSecondsAndMillis_bothBecomeMillis() {
        assertThat(EpochText.parseMillis("1762776436")).isEqualTo(1_762_776_436_000L);
        assertThat(EpochText.parseMillis("1725958682125")).isEqualTo(1_725_958_682_125L);
        assertThatThrownBy(() -> EpochText.parseMillis("-5")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EpochText.parseMillis("")).isInstanceOf(IllegalArgumentException.class);
    }
}
