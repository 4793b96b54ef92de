package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class JitSettlingTest {
    private long wallNanos;
    private long compileMillis;
    private final JitSettling jit = new JitSettling(() -> compileMillis, () -> wallNanos, Duration.ofSeconds(10), 0.05,
            Duration.ofSeconds(60));

    /** One warm-up round of {@code seconds}, of which the compilers spent {@code compiling} seconds. */
    private boolean round(double seconds, double compiling) {
        wallNanos += (long) (seconds * 1e9);
        compileMillis += (long) (compiling * 1e3);
        return jit.settled();
    }

    @Test
    void beforeAWholeWindowHasPassed_itIsNotSettled_evenWithoutCompiling() {
        for (int i = 0; i < 9; i++) {
            assertThat(round(1, 0)).isFalse();
        }
        assertThat(round(1, 0)).isTrue();
    }

    @Test
    void whileTheCompilersTakeMoreThanTheShare_itWaits_andSettlesOnceTheLastWindowIsQuiet() {
        for (int i = 0; i < 30; i++) {
            assertThat(round(1, 0.8)).as("second %d", i).isFalse();
        }
        // Quiet from now: the busy seconds must leave the window first. A window with one busy
        // second of 0.8 s is 8 % compiling, still above 5 %.
        for (int i = 0; i < 9; i++) {
            assertThat(round(1, 0)).as("quiet second %d", i).isFalse();
        }
        assertThat(round(1, 0)).isTrue();
        assertThat(jit.summary()).contains("the JIT settled: 0.0 % of the last 10 s compiling");
    }

    @Test
    void aShareJustWithinTheBound_settles() {
        for (int i = 0; i < 9; i++) {
            assertThat(round(1, 0.04)).isFalse();
        }
        assertThat(round(1, 0.04)).isTrue();
    }

    @Test
    void aJitThatNeverSettles_endsTheWarmUpAtTheLimit_andTheSummarySaysSo() {
        int rounds = 0;
        while (!round(1, 0.5)) {
            rounds++;
        }
        assertThat(rounds).isEqualTo(59);
        assertThat(jit.summary()).contains("NOT settled within the 60 s limit").contains("50.0 %");
    }

    @Test
    void aWindowBeyondTheLimit_orAShareOutsideZeroToOne_isRefused() {
        assertThatThrownBy(() -> new JitSettling(() -> 0, () -> 0, Duration.ofSeconds(10), 0.05, Duration.ofSeconds(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JitSettling(() -> 0, () -> 0, Duration.ofSeconds(10), 1.5, Duration.ofSeconds(60)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
