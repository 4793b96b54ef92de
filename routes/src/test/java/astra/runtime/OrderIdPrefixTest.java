package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class OrderIdPrefixTest {

    @Test
    void aRestartOfTheSameRun_getsANewPrefix_soItsSequenceCannotRepeatStoredIds() {
        Instant first = Instant.ofEpochMilli(1_000_000);
        // 1,000,000 in base 36: 36^3 = 46656 → 21 × 46656 = 979776, rest 20224 = 15 × 1296 + 784,
        // 784 = 21 × 36 + 28 → digits 21,15,21,28 = "lfls".
        assertThat(TradingCore.orderIdPrefix("paper", first)).isEqualTo("paper-lfls");
        assertThat(TradingCore.orderIdPrefix("paper", first.plusMillis(1)))
                .isNotEqualTo(TradingCore.orderIdPrefix("paper", first));
    }
}
