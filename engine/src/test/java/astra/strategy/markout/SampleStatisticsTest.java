package astra.strategy.markout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SampleStatisticsTest {

    private static SampleStatistics fromSums(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal squares = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            sum = sum.add(v);
            squares = squares.add(v.multiply(v));
        }
        return SampleStatistics.ofSums(values.size(), sum, squares);
    }

    @Test
    void handWorked_meanStdevAndTStat() {
        // 1, 2, 3, 4: mean 2.5, squares 2.25 + 0.25 + 0.25 + 2.25 = 5, stdev √(5/3), t = 2.5 × 2 / √(5/3)
        List<BigDecimal> values = List.of(new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"),
                new BigDecimal("4"));
        SampleStatistics s = SampleStatistics.of(values);
        assertThat(s.count()).isEqualTo(4);
        assertThat(s.mean()).isEqualByComparingTo("2.5");
        assertThat(s.stdev()).contains(new BigDecimal("1.290994"));
        assertThat(s.tStat()).contains(new BigDecimal("3.872983"));
        assertThat(fromSums(values)).isEqualTo(s);
    }

    @Test
    void fromTheSums_everyFigureIsTheOneFromTheValues_toTheLastDigitAndScale() {
        Random random = new Random(22);
        int withTStat = 0;
        for (int run = 0; run < 2_000; run++) {
            List<BigDecimal> values = new ArrayList<>();
            int n = random.nextInt(40);
            BigDecimal repeated = BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, 4);
            for (int i = 0; i < n; i++) {
                // markouts in bps with four decimals, some series with every value the same
                values.add(run % 10 == 0 ? repeated : BigDecimal.valueOf(random.nextInt(2_000_000) - 1_000_000, 4));
            }
            SampleStatistics expected = SampleStatistics.of(values);
            assertThat(fromSums(values)).as("run %d: %s", run, values).isEqualTo(expected);
            if (expected.tStat().isPresent()) {
                withTStat++;
            }
        }
        assertThat(withTStat).isGreaterThan(1_000);
    }

    @Test
    void fewerThanTwoValues_orNoDispersion_leaveStdevOrTStatEmpty() {
        assertThat(SampleStatistics.ofSums(0, BigDecimal.ZERO, BigDecimal.ZERO))
                .isEqualTo(new SampleStatistics(0, BigDecimal.ZERO, Optional.empty(), Optional.empty()));
        assertThat(fromSums(List.of(new BigDecimal("-3.5000"))).stdev()).isEmpty();
        SampleStatistics same = fromSums(List.of(new BigDecimal("2.0000"), new BigDecimal("2.0000")));
        assertThat(same.stdev()).contains(new BigDecimal("0.000000"));
        assertThat(same.tStat()).isEmpty();
    }

    @Test
    void aNegativeCount_isRefused() {
        assertThatThrownBy(() -> SampleStatistics.ofSums(-1, BigDecimal.ZERO, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
