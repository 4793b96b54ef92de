package astra.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;

/**
 * One thread's time on a CPU, from the JVM's thread CPU clock, and its time waiting in a run queue
 * for one, as Linux counts it ({@code /proc/thread-self/schedstat}: nanoseconds run, nanoseconds
 * waited, timeslices). The file's own run time is not used: the kernel brings it up to date only at
 * a scheduler tick or a switch, so a thread reading it while it runs sees it lag by up to a tick;
 * the wait is brought up to date when the thread gets a CPU again, which is before it can read. The
 * file is opened once, on the thread it describes, and read again from its start each time (the
 * kernel writes it anew on every read). A reading costs a few microseconds, so only a diagnosing run
 * takes them.
 */
final class ThreadTimes implements AutoCloseable {
    private static final String FILE = "/proc/thread-self/schedstat";

    /** Nanoseconds the thread has run on a CPU, and waited runnable for one, since it started. */
    record Times(long onCpuNanos, long waitingNanos) {
        Times minus(Times earlier) {
            return new Times(onCpuNanos - earlier.onCpuNanos, waitingNanos - earlier.waitingNanos);
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final RandomAccessFile file;
    private final byte[] buffer = new byte[128];

    private ThreadTimes(RandomAccessFile file) {
        this.file = file;
    }

    /** The calling thread's counts, or empty where the kernel keeps none (not Linux, or schedstats off). */
    static Optional<ThreadTimes> ofCurrentThread() {
        if (!CPU.isCurrentThreadCpuTimeSupported()) {
            return Optional.empty();
        }
        try {
            ThreadTimes s = new ThreadTimes(new RandomAccessFile(FILE, "r"));
            if (parse(s.buffer, s.fill()).onCpuNanos() == 0) {
                s.close();
                return Optional.empty(); // a thread that has run cannot have run for 0 ns: counting is off
            }
            return Optional.of(s);
        } catch (IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The thread's time on a CPU and waiting for one until now; call on the thread it describes. */
    Times read() {
        long onCpu = CPU.getCurrentThreadCpuTime();
        return new Times(onCpu, parse(buffer, fill()).waitingNanos());
    }

    private int fill() {
        try {
            file.seek(0);
            return Math.max(file.read(buffer), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + FILE, e);
        }
    }

    /** The first two numbers of the file's text. */
    static Times parse(byte[] text, int length) {
        long[] numbers = new long[2];
        int found = 0;
        long value = 0;
        boolean inNumber = false;
        for (int i = 0; i < length && found < 2; i++) {
            byte b = text[i];
            if (b >= '0' && b <= '9') {
                value = value * 10 + (b - '0');
                inNumber = true;
            } else if (inNumber) {
                numbers[found++] = value;
                value = 0;
                inNumber = false;
            }
        }
        if (found < 2 && inNumber) {
            numbers[found++] = value;
        }
        if (found < 2) {
            throw new IllegalStateException("not a schedstat line: " + new String(text, 0, length));
        }
        return new Times(numbers[0], numbers[1]);
    }

    @Override
    public void close() {
        try {
            file.close();
        } catch (IOException e) {
            // nothing was written: nothing is lost
        }
    }
}
