package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {

    @Test
    void oddCount_medianIsTheMiddleValueWhateverTheOrder() {
        // sorted: 1, 2, 9 -> middle 2
        assertThat(new Samples(new double[] {9, 1, 2}).median()).isEqualTo(2);
    }

    @Test
    void evenCount_medianIsTheMeanOfTheMiddleTwo() {
        // sorted: 1, 3, 5, 100 -> (3 + 5) / 2 = 4
        assertThat(new Samples(new double[] {100, 5, 1, 3}).median()).isEqualTo(4);
    }

    @Test
    void p99OfTwoHundred_isTheHundredAndNinetyEighthSmallest() {
        // values 1..200; nearest rank = ceil(0.99 * 200) = 198 -> the value 198
        double[] values = new double[200];
        for (int i = 0; i < 200; i++) {
            values[199 - i] = i + 1;
        }
        Samples samples = new Samples(values);

        assertThat(samples.p99()).isEqualTo(198);
        assertThat(samples.min()).isEqualTo(1);
        assertThat(samples.max()).isEqualTo(200);
    }

    @Test
    void noSamples_isRefused() {
        assertThatThrownBy(() -> new Samples(new double[0])).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no samples");
    }
}
