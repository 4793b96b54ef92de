package astra.strategy.satellite;

import static org.assertj.core.api.Assertions.assertThat;

import astra.domain.Usd;
import org.junit.jupiter.api.Test;

class SatelliteBudgetTest {

    @Test
    void aLimitLoweredBelowWhatIsReserved_leavesNothingToReserve_andKeepsWhatWasReserved() {
        SatelliteBudget budget = new SatelliteBudget(Usd.parse("1500"));
        assertThat(budget.tryReserve(Usd.parse("400"))).isTrue();

        budget.limit(Usd.parse("200")); // satellite.budget reloaded from 0.15 to 0.02 of $10,000

        assertThat(budget.remaining()).isEqualTo(Usd.ZERO);
        assertThat(budget.tryReserve(Usd.parse("1"))).isFalse();
        assertThat(budget.reserved()).isEqualTo(Usd.parse("400"));
        budget.release(Usd.parse("400"));
        assertThat(budget.remaining()).isEqualTo(Usd.parse("200"));
        assertThat(budget.tryReserve(Usd.parse("201"))).isFalse();
    }
}
