package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Usd;
import java.math.RoundingMode;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void hundredTokensAtFiftyFiveCents_areWorthFiftyFiveDollars() {
        assertThat(Units.toUsd(Shares.whole(100), Price.parse("0.55"))).isEqualTo(Usd.parse("55"));
        assertThat(Units.toTokens(Usd.parse("55"), Price.parse("0.55"))).isEqualTo(Shares.whole(100));
    }

    @Test
    void tokensToUsd_roundsDownByDefaultAndAsToldOtherwise() {
        // 3 token micros x 0.5 = 1.5 dollar micros
        Shares three = new Shares(3);
        Price half = Price.parse("0.5");
        assertThat(Units.toUsd(three, half)).isEqualTo(new Usd(1));
        assertThat(Units.toUsd(three, half, RoundingMode.UP)).isEqualTo(new Usd(2));
        // 1.5 -> half-even -> 2; 5 micros x 0.5 = 2.5 -> half-even -> 2
        assertThat(Units.toUsd(three, half, RoundingMode.HALF_EVEN)).isEqualTo(new Usd(2));
        assertThat(Units.toUsd(new Shares(5), half, RoundingMode.HALF_EVEN)).isEqualTo(new Usd(2));
    }

    @Test
    void usdToTokens_roundsDownByDefaultAndAsToldOtherwise() {
        // 10 / 0.3 = 33.3333333... tokens
        assertThat(Units.toTokens(Usd.parse("10"), Price.parse("0.3"))).isEqualTo(Shares.parse("33.333333"));
        assertThat(Units.toTokens(Usd.parse("10"), Price.parse("0.3"), RoundingMode.UP))
                .isEqualTo(Shares.parse("33.333334"));
    }

    @Test
    void usdToTokensToUsd_losesAtMostOneMicroOfADollar() {
        // 10 / 0.3 -> 33.333333 tokens; x 0.3 = 9.9999999 -> down -> 9.999999 (one micro short)
        Shares tokens = Units.toTokens(Usd.parse("10"), Price.parse("0.3"));
        assertThat(Units.toUsd(tokens, Price.parse("0.3"))).isEqualTo(Usd.parse("9.999999"));
    }

    @Test
    void tokensToUsdToTokens_atOneCentMark_losesLessThanOneDollarMicroOfTokens() {
        // 123.456789 tokens x 0.01 = 1.23456789 -> down -> 1.234567 USD; / 0.01 = 123.4567 tokens:
        // 89 token micros lost, under the bound of 10^6 / 10^4 = 100
        Price cent = Price.parse("0.01");
        Usd usd = Units.toUsd(Shares.parse("123.456789"), cent);
        assertThat(usd).isEqualTo(Usd.parse("1.234567"));
        assertThat(Units.toTokens(usd, cent)).isEqualTo(Shares.parse("123.4567"));
    }

    @Test
    void roundTrips_stayWithinTheirDocumentedBoundsForManyMarksAndAmounts() {
        Random random = new Random(20260428L);
        for (int i = 0; i < 20_000; i++) {
            Price mark = new Price(1 + random.nextInt(999_999));
            long tokenMicros = (long) random.nextInt(Integer.MAX_VALUE) * (1 + random.nextInt(50));
            long usdMicros = (long) random.nextInt(Integer.MAX_VALUE) * (1 + random.nextInt(50));

            long tokensBack = Units.toTokens(Units.toUsd(new Shares(tokenMicros), mark), mark).micros();
            long oneDollarMicroOfTokens = (1_000_000 + mark.micros() - 1) / mark.micros();
            assertThat(tokensBack).isLessThanOrEqualTo(tokenMicros)
                    .isGreaterThanOrEqualTo(tokenMicros - oneDollarMicroOfTokens);

            long usdBack = Units.toUsd(Units.toTokens(new Usd(usdMicros), mark), mark).micros();
            assertThat(usdBack).isBetween(usdMicros - 1, usdMicros);
        }
    }

    @Test
    void zeroMarkAndNegativeDollars_areRefused() {
        assertThatThrownBy(() -> Units.toTokens(Usd.parse("1"), Price.ZERO))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mark of 0");
        assertThatThrownBy(() -> Units.toTokens(Usd.parse("-1"), Price.parse("0.5")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
}
