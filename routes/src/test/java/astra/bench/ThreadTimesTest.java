package astra.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ThreadTimesTest {
    @Test
    void parse_readsTimeOnACpuAndTimeWaitingForOne() {
        byte[] line = "343311609 515558 79\n".getBytes(StandardCharsets.US_ASCII);

        ThreadTimes.Times t = ThreadTimes.parse(line, line.length);

        assertThat(t.onCpuNanos()).isEqualTo(343_311_609L);
        assertThat(t.waitingNanos()).isEqualTo(515_558L);
    }

    @Test
    void parse_refusesALineWithoutTwoNumbers() {
        byte[] line = "343311609".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ThreadTimes.parse(line, line.length)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void timesBetweenTwoReadings_areTheirDifference() {
        ThreadTimes.Times between = new ThreadTimes.Times(500, 90).minus(new ThreadTimes.Times(200, 40));

        assertThat(between).isEqualTo(new ThreadTimes.Times(300, 50));
    }

    @Test
    void theCallingThreadsTimeOnACpu_growsWhileItWorks_whereTheKernelCountsIt() {
        ThreadTimes.ofCurrentThread().ifPresent(s -> {
            try (s) {
                ThreadTimes.Times before = s.read();
                long x = 0;
                for (long deadline = System.nanoTime() + 20_000_000; System.nanoTime() < deadline; ) {
                    x += System.nanoTime() & 1;
                }
                assertThat(s.read().minus(before).onCpuNanos()).as("spun 20 ms (%d)", x).isGreaterThan(1_000_000);
            }
        });
    }
}
