package astra.bench;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Optional;

/**
 * One thread's time on a CPU, from the JVM's thread CPU clock, its time waiting in a run queue
 * for one, as Linux counts it ({@code /proc/thread-self/schedstat}: nanoseconds run, nanoseconds
 * waited, timeslices), and its minor page faults ({@code /proc/thread-self/stat}): a first touch of
 * memory the heap has just committed is a fault the kernel serves on the thread's own time. The
 * schedstat file's run time is not used: the kernel brings it up to date only at
 * a scheduler tick or a switch, so a thread reading it while it runs sees it lag by up to a tick;
 * the wait is brought up to date when the thread gets a CPU again, which is before it can read. The
 * files are opened once, on the thread they describe, and read again from their start each time (the
 * kernel writes them anew on every read). A reading costs a few microseconds, so only a diagnosing run
 * takes them.
 */
final class ThreadTimes implements AutoCloseable {
    private static final String FILE = "/proc/thread-self/schedstat";
    private static final String STAT = "/proc/thread-self/stat";
    /** {@code minflt}'s place among the stat line's fields after the command's closing parenthesis. */
    private static final int MINOR_FAULTS_AFTER_COMMAND = 8;

    /**
     * Nanoseconds the thread has run on a CPU, and waited runnable for one, and the minor page faults
     * it took, since it started.
     */
    record Times(long onCpuNanos, long waitingNanos, long minorFaults) {
        Times minus(Times earlier) {
            return new Times(onCpuNanos - earlier.onCpuNanos, waitingNanos - earlier.waitingNanos,
                    minorFaults - earlier.minorFaults);
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private final RandomAccessFile file;
    private final RandomAccessFile stat;
    private final byte[] buffer = new byte[128];
    private final byte[] statBuffer = new byte[1024];

    private ThreadTimes(RandomAccessFile file, RandomAccessFile stat) {
        this.file = file;
        this.stat = stat;
    }

    /** The calling thread's counts, or empty where the kernel keeps none (not Linux, or schedstats off). */
    static Optional<ThreadTimes> ofCurrentThread() {
        if (!CPU.isCurrentThreadCpuTimeSupported()) {
            return Optional.empty();
        }
        try {
            ThreadTimes s = new ThreadTimes(new RandomAccessFile(FILE, "r"), new RandomAccessFile(STAT, "r"));
            if (parse(s.buffer, s.fill(s.file, s.buffer)).onCpuNanos() == 0) {
                s.close();
                return Optional.empty(); // a thread that has run cannot have run for 0 ns: counting is off
            }
            return Optional.of(s);
        } catch (IOException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** The thread's time on a CPU and waiting for one, and its faults, until now; call on the thread it describes. */
    Times read() {
        long onCpu = CPU.getCurrentThreadCpuTime();
        long waiting = parse(buffer, fill(file, buffer)).waitingNanos();
        return new Times(onCpu, waiting, minorFaults(statBuffer, fill(stat, statBuffer)));
    }

    private static int fill(RandomAccessFile from, byte[] into) {
        try {
            from.seek(0);
            return Math.max(from.read(into), 0);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc/thread-self", e);
        }
    }

    /**
     * The minor faults of a {@code /proc/.../stat} line: counted after the command's last closing
     * parenthesis, since a thread's name may hold spaces and parentheses.
     */
    static long minorFaults(byte[] text, int length) {
        int i = length - 1;
        while (i >= 0 && text[i] != ')') {
            i--;
        }
        if (i < 0) {
            throw new IllegalStateException("not a stat line: " + new String(text, 0, length));
        }
        int field = 0;
        long value = 0;
        boolean inField = false;
        for (i++; i < length; i++) {
            byte b = text[i];
            if (b == ' ' || b == '\n') {
                if (inField && field == MINOR_FAULTS_AFTER_COMMAND) {
                    return value;
                }
                inField = false;
                continue;
            }
            if (!inField) {
                inField = true;
                field++;
                value = 0;
            }
            if (field == MINOR_FAULTS_AFTER_COMMAND) {
                if (b < '0' || b > '9') {
                    throw new IllegalStateException("not a stat line: " + new String(text, 0, length));
                }
                value = value * 10 + (b - '0');
            }
        }
        throw new IllegalStateException("not a stat line: " + new String(text, 0, length));
    }

    /** The first two numbers of the schedstat file's text (the faults are not in it: 0). */
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
        return new Times(numbers[0], numbers[1], 0);
    }

    @Override
    public void close() {
        for (RandomAccessFile f : new RandomAccessFile[] {file, stat}) {
            try {
                f.close();
            } catch (IOException e) {
                // nothing was written: nothing is lost
            }
        }
    }
}
