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
        ThreadTimes.Times between = new ThreadTimes.Times(500, 90, 12).minus(new ThreadTimes.Times(200, 40, 5));

        assertThat(between).isEqualTo(new ThreadTimes.Times(300, 50, 7));
    }

    @Test
    void minorFaults_areTheTenthFieldOfAStatLine_countedAfterTheCommandsLastParenthesis() {
        // A thread may name itself with spaces and parentheses: "(a) b)" is one command.
        byte[] line = "20158 ((a) b)) R 20155 20155 19076 0 -1 4194304 104 0 7 0 0 0\n"
                .getBytes(StandardCharsets.US_ASCII);

        assertThat(ThreadTimes.minorFaults(line, line.length)).isEqualTo(104);
    }

    @Test
    void minorFaults_refuseALineWithoutTheField() {
        byte[] cut = "20158 (cat) R 20155 20155 19076 0 -1".getBytes(StandardCharsets.US_ASCII);
        byte[] noCommand = "20158 cat R 20155 20155 19076 0 -1 4194304 104 0".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ThreadTimes.minorFaults(cut, cut.length)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ThreadTimes.minorFaults(noCommand, noCommand.length))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theCallingThreadsMinorFaults_growWhenItTouchesMemoryForTheFirstTime_whereTheKernelCountsThem() {
        ThreadTimes.ofCurrentThread().ifPresent(s -> {
            try (s) {
                ThreadTimes.Times before = s.read();
                java.nio.ByteBuffer fresh = java.nio.ByteBuffer.allocateDirect(8 << 20);
                for (int i = 0; i < fresh.capacity(); i += 4096) {
                    fresh.put(i, (byte) 1);
                }
                assertThat(s.read().minus(before).minorFaults()).as("touched 2,048 new pages").isGreaterThan(100);
            }
        });
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
