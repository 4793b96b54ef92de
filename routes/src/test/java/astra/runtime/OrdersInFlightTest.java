package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.ClientOrderId;
import astra.domain.ConditionId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OrdersInFlightTest {
    private static final ConditionId A = new ConditionId("0xa");
    private static final ConditionId B = new ConditionId("0xb");
    private final OrdersInFlight inFlight = new OrdersInFlight();

    private static ExecutorCommand.Cancel cancel(String id) {
        return new ExecutorCommand.Cancel(List.of(new ClientOrderId(id)), "requote");
    }

    @Test
    void aMarketIsInFlightUntilItsLastCommandIsFinished_otherMarketsAreNot() {
        ExecutorCommand.Cancel first = cancel("1");
        ExecutorCommand.Cancel second = cancel("2");
        inFlight.handedOver(first, Set.of(A));
        inFlight.handedOver(second, Set.of(A, B));

        assertThat(inFlight.total()).isEqualTo(2);
        assertThat(inFlight.any(A)).isTrue();
        assertThat(inFlight.any(B)).isTrue();

        inFlight.finished(second);
        assertThat(inFlight.any(B)).isFalse();
        assertThat(inFlight.any(A)).as("the first command for A is still out").isTrue();

        inFlight.finished(first);
        assertThat(inFlight.any(A)).isFalse();
        assertThat(inFlight.total()).isZero();
    }

    @Test
    void equalCommandsHandedOverTwice_countTwice() {
        ExecutorCommand.Cancel one = cancel("1");
        ExecutorCommand.Cancel same = cancel("1");
        inFlight.handedOver(one, Set.of(A));
        inFlight.handedOver(same, Set.of(A));

        inFlight.finished(one);

        assertThat(inFlight.any(A)).isTrue();
        assertThat(inFlight.total()).isEqualTo(1);
    }

    @Test
    void reconciliationsAndCommandsNeverHandedOver_changeNothing() {
        inFlight.handedOver(new ExecutorCommand.Reconcile("periodic"), Set.of(A));
        inFlight.finished(cancel("9"));

        assertThat(inFlight.total()).isZero();
        assertThat(inFlight.any(A)).isFalse();
    }
}
