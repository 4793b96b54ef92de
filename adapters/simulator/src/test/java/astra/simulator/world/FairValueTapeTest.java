package astra.simulator.world;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The tape answers every recorded step however its series grew, and refuses a step past the run. */
class FairValueTapeTest {
    private static final WorldMarket A = new WorldMarket(0, "0xa", "1", "2", "");
    private static final long START = 1_000_000L;
    private static final long STEP = 1_000L;

    @Test
    void stepsPastTheFirstLength_areKeptAndAnsweredInOrder() {
        int steps = FairValueTape.INITIAL_STEPS * 3; // grows twice: 64 → 128 → 192 (capped at the run's steps)
        FairValueTape tape = new FairValueTape(List.of(A), START, STEP, steps);
        for (int i = 0; i < steps; i++) {
            tape.record(A, i / 1_000.0); // step i: fair value i/1000, i.e. i × 1,000 micros
            tape.advance();
        }

        assertThat(tape.fairMicros("0xa", START)).isZero();
        assertThat(tape.fairMicros("0xa", START + 64 * STEP)).isEqualTo(64_000);
        assertThat(tape.fairMicros("0xa", START + 191 * STEP + 999)).isEqualTo(191_000);
        // NO token: 1 − 0.150 = 0.850
        assertThat(tape.tokenValueMicros("2", START + 150 * STEP)).isEqualTo(850_000);
        // past the last step the last value stands
        assertThat(tape.fairMicros("0xa", START + 10_000 * STEP)).isEqualTo(191_000);
    }

    @Test
    void recordingPastTheRunsSteps_fails() {
        FairValueTape tape = new FairValueTape(List.of(A), START, STEP, 3);
        for (int i = 0; i < 3; i++) {
            tape.record(A, 0.5);
            tape.advance();
        }

        assertThatThrownBy(() -> tape.record(A, 0.5)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }
}
