package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Usd;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CachedBalanceTest {
    private final AtomicInteger reads = new AtomicInteger();
    private final CachedBalance balance = new CachedBalance(Clock.fixed(Instant.parse("2026-11-28T12:00:00Z"),
            ZoneOffset.UTC), () -> Usd.of(java.math.BigDecimal.valueOf(100 - reads.getAndIncrement())));

    @Test
    void readsTheVenueOnceWithinItsMaxAge() {
        assertThat(balance.total()).isEqualTo(Usd.parse("100"));
        assertThat(balance.total()).isEqualTo(Usd.parse("100"));
        assertThat(reads).hasValue(1);
    }

    @Test
    void afterPUsdWasSpent_readsTheVenueAgain_howeverRecentTheLastRead() {
        balance.total();
        balance.spent();

        assertThat(balance.total()).isEqualTo(Usd.parse("99"));
        assertThat(reads).hasValue(2);
    }
}
