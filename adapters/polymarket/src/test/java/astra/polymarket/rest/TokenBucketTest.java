package astra.polymarket.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketTest {
    private final AtomicLong now = new AtomicLong();
    private final TokenBucket bucket = new TokenBucket(10, Duration.ofSeconds(10), now::get);

    @Test
    void fullBucket_allowsABurstOfItsCapacityThenRefuses() {
        for (int i = 0; i < 10; i++) {
            assertThat(bucket.tryTake(1)).isTrue();
        }
        assertThat(bucket.tryTake(1)).isFalse();
        assertThat(bucket.waitFor(1)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void tokens_refillEvenlyOverTheWindow() {
        assertThat(bucket.tryTake(10)).isTrue();
        now.addAndGet(Duration.ofSeconds(3).toNanos());
        assertThat(bucket.tryTake(4)).isFalse();
        assertThat(bucket.tryTake(3)).isTrue();
    }

    @Test
    void aBatch_takesAllItsTokensOrNone() {
        assertThat(bucket.tryTake(8)).isTrue();
        assertThat(bucket.tryTake(5)).isFalse();
        assertThat(bucket.tryTake(2)).isTrue();
        assertThatThrownBy(() -> bucket.tryTake(11)).isInstanceOf(IllegalArgumentException.class);
    }
}
