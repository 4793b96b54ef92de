package astra.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void parse_keepsEveryTickExactly() {
        for (TickSize tick : TickSize.values()) {
            assertThat(Price.parse(tick.toString()).micros()).isEqualTo(tick.micros());
        }
        assertThat(Price.parse("0.0025").toString()).isEqualTo("0.0025");
        assertThat(Price.parse("0.5").complement()).isEqualTo(Price.parse("0.5"));
    }

    @Test
    void parse_refusesMoreThanSixDecimalsAndOutOfRange() {
        assertThatThrownBy(() -> Price.parse("0.1234567")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.parse("1.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.parse("-0.01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Price.parse("abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isOnTick_distinguishesTheSixTicks() {
        assertThat(Price.parse("0.0075").isOnTick(TickSize.TWENTY_FIVE_TEN_THOUSANDTHS)).isTrue();
        assertThat(Price.parse("0.0075").isOnTick(TickSize.FIVE_THOUSANDTHS)).isFalse();
        assertThat(Price.parse("0.015").isOnTick(TickSize.FIVE_THOUSANDTHS)).isTrue();
        assertThat(Price.parse("0.015").isOnTick(TickSize.HUNDREDTH)).isFalse();
    }

    @Test
    void tickSizeParse_acceptsVenueTextAndRefusesUnknownTicks() {
        assertThat(TickSize.parse("0.010")).isEqualTo(TickSize.HUNDREDTH);
        assertThat(TickSize.parse("0.0025")).isEqualTo(TickSize.TWENTY_FIVE_TEN_THOUSANDTHS);
        assertThatThrownBy(() -> TickSize.parse("0.02")).hasMessageContaining("unknown tick size");
    }
}
