package astra.execution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import astra.domain.InvalidOrderException;
import astra.domain.OrderIntent;
import astra.domain.OrderType;
import astra.domain.Price;
import astra.domain.Shares;
import astra.domain.Side;
import astra.domain.TickSize;
import astra.domain.TokenId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pins the construction rules of {@link OrderIntent} that execution relies on. */
class OrderIntentRulesTest {

    private static OrderIntent intent(OrderType type, boolean postOnly, Optional<Instant> expiration) {
        return new OrderIntent(new ClientOrderId("c-1"), new ConditionId("0xabc"), new TokenId("1"), Side.BUY,
                Price.parse("0.5"), Shares.whole(10), TickSize.HUNDREDTH, type, postOnly, expiration, "test");
    }

    @Test
    void gtdWithoutExpiration_isRefused() {
        assertThatThrownBy(() -> intent(OrderType.GTD, false, Optional.empty()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("needs an expiration");
    }

    @ParameterizedTest
    @EnumSource(value = OrderType.class, names = {"FOK", "FAK"})
    void postOnlyWithAnImmediateType_isRefused(OrderType immediate) {
        assertThatThrownBy(() -> intent(immediate, true, Optional.empty()))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("postOnly")
                .hasMessageContaining(immediate.name());
    }

    @ParameterizedTest
    @EnumSource(value = OrderType.class, names = {"GTC", "FOK", "FAK"})
    void expirationOnANonGtdOrder_isRefused(OrderType type) {
        assertThatThrownBy(() -> intent(type, false, Optional.of(Instant.parse("2026-05-01T12:10:00Z"))))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("only a GTD");
    }

    @Test
    void gtdExpirationWithAFractionOfASecond_isRefused() {
        assertThatThrownBy(() -> intent(OrderType.GTD, false, Optional.of(Instant.parse("2026-05-01T12:10:00.5Z"))))
                .isInstanceOf(InvalidOrderException.class).hasMessageContaining("whole unix seconds");
    }

    @Test
    void postOnlyGtd_withAComputedExpiration_isAccepted() {
        Instant now = Instant.parse("2026-05-01T12:00:00.123Z");
        GtdExpiration e = new GtdExpiry(Clock.fixed(now, ZoneOffset.UTC)).forLifetime(Duration.ofMinutes(2));
        OrderIntent gtd = intent(OrderType.GTD, true, Optional.of(e.expiresAt()));
        // 12:00:00.123 + 60 + 120 + 10 = 12:03:10.123 -> 12:03:11
        assertThat(gtd.expirationUnixSeconds()).isEqualTo(Instant.parse("2026-05-01T12:03:11Z").getEpochSecond());
    }
}
