package astra.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Says when a bench's warm-up is over: once the JIT has settled, rather than after a fixed number of
 * rounds. Astra's decision path runs through a large body of code (Drools, Hazelcast, H2, Vert.x, the
 * JDK's HTTP client, ours); on two cores C2 was still compiling on most of one core 35–45 s into a
 * pipeline run, and every wait for another thread (a venue round trip, a fact batch) waited for a CPU
 * as well. The warm-up goes on until, over the last {@code window} of wall time, the compilers spent
 * at most {@code maxShare} of it (compilation time summed over their threads, from the JVM's
 * {@link CompilationMXBean}), or until {@code limit} has passed, which the summary then says.
 */
final class JitSettling {
    private final LongSupplier compileMillis;
    private final LongSupplier wallNanos;
    private final long windowNanos;
    private final double maxShare;
    private final long limitNanos;
    private final long startNanos;
    private final long startCompileMillis;
    /** Samples (wall nanos, compile millis) reaching back at least one window. */
    private final Deque<long[]> samples = new ArrayDeque<>();
    private double lastShare = Double.NaN;

    JitSettling(LongSupplier compileMillis, LongSupplier wallNanos, Duration window, double maxShare, Duration limit) {
        if (window.isNegative() || window.isZero() || limit.compareTo(window) < 0) {
            throw new IllegalArgumentException("the window must be positive and within the limit");
        }
        if (!(maxShare > 0 && maxShare < 1)) {
            throw new IllegalArgumentException("the share must be between 0 and 1, was " + maxShare);
        }
        this.compileMillis = compileMillis;
        this.wallNanos = wallNanos;
        this.windowNanos = window.toNanos();
        this.maxShare = maxShare;
        this.limitNanos = limit.toNanos();
        this.startNanos = wallNanos.getAsLong();
        this.startCompileMillis = compileMillis.getAsLong();
        samples.add(new long[] {startNanos, startCompileMillis});
    }

    /**
     * For this JVM: settled when compiling took at most 5 % of the last 10 s, at most 240 s. Where the
     * JVM does not time its compilers, it counts as settled once the first 10 s have passed.
     */
    static JitSettling ofThisJvm() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        LongSupplier millis = jit != null && jit.isCompilationTimeMonitoringSupported()
                ? jit::getTotalCompilationTime : () -> 0L;
        return new JitSettling(millis, System::nanoTime, Duration.ofSeconds(10), 0.05, Duration.ofSeconds(240));
    }

    /**
     * Takes a sample now (call after each warm-up round): whether the compilers' share of the last
     * window is within the bound, or the limit has passed.
     */
    boolean settled() {
        long now = wallNanos.getAsLong();
        long compiled = compileMillis.getAsLong();
        samples.addLast(new long[] {now, compiled});
        // Keep the newest sample at least a window old: the share is measured over that span.
        while (samples.size() > 2 && now - secondOldest()[0] >= windowNanos) {
            samples.removeFirst();
        }
        long[] from = samples.peekFirst();
        long span = now - from[0];
        if (span < windowNanos) {
            return false; // still within the first window, so within the limit too
        }
        lastShare = (compiled - from[1]) * 1e6 / span;
        return lastShare <= maxShare || timedOut(now);
    }

    private long[] secondOldest() {
        var it = samples.iterator();
        it.next();
        return it.next();
    }

    private boolean timedOut(long now) {
        return now - startNanos >= limitNanos;
    }

    /** What the warm-up took, for the bench's output. */
    String summary() {
        long now = wallNanos.getAsLong();
        long windowSeconds = windowNanos / 1_000_000_000L;
        String share = Double.isNaN(lastShare) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * lastShare);
        String verdict = !Double.isNaN(lastShare) && lastShare <= maxShare
                ? String.format(Locale.ROOT, "the JIT settled: %s of the last %d s compiling (bound %.0f %%)", share,
                        windowSeconds, 100 * maxShare)
                : String.format(Locale.ROOT, "the JIT had NOT settled within the %d s limit (%s of the last %d s "
                        + "compiling)", limitNanos / 1_000_000_000L, share, windowSeconds);
        return String.format(Locale.ROOT, "%.1f s of warm-up, %.1f s of it compiling (summed over the compiler "
                + "threads); %s", (now - startNanos) / 1e9, (compileMillis.getAsLong() - startCompileMillis) / 1e3,
                verdict);
    }
}
