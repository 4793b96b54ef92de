package astra.simulator.venue;

import static org.assertj.core.api.Assertions.assertThat;

import astra.simulator.lifecycle.VirtualScheduler;
import org.junit.jupiter.api.Test;

class VenueIdsTest {
    @Test
    void orderIds_areZeroPaddedLowerCaseHexOfTheSequence_like0xAndSixtyFourDigits() {
        // 255 = 0xff; 2^40 = 0x100_0000_0000 (11 hex digits).
        assertThat(VenueState.orderIdFor(1)).isEqualTo("0x" + "0".repeat(63) + "1");
        assertThat(VenueState.orderIdFor(255)).isEqualTo("0x" + "0".repeat(62) + "ff");
        assertThat(VenueState.orderIdFor(1L << 40)).isEqualTo("0x" + "0".repeat(53) + "10000000000").hasSize(66);
    }

    @Test
    void tradeIds_countFromOne_withAtLeastTenDigits() {
        VenueState state = new VenueState(new VirtualScheduler(0), e -> { }, owner -> false);
        assertThat(state.nextTradeId()).isEqualTo("trade-0000000001");
        assertThat(state.nextTradeId()).isEqualTo("trade-0000000002");
    }
}
