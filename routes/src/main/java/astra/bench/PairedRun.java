package astra.bench;

/**
 * Runs our workload and its baseline alternately, round by round, so that the noise of a shared
 * machine (other processes, frequency changes, GC of the other workload) falls on both alike.
 * Each round gives one nanoseconds-per-operation sample per workload; the ratio is taken from
 * the medians.
 */
public final class PairedRun {
    private final Workload ours;
    private final Workload baseline;
    private long blackhole;
    /** Counts every round, warmup included, so the order keeps alternating into the measurement. */
    private int rounds;

    public PairedRun(Workload ours, Workload baseline) {
        this.ours = ours;
        this.baseline = baseline;
    }

    /** Both series, in nanoseconds per operation. */
    public record Result(Samples ours, Samples baseline, long checksum) {
        /** How many times the baseline's time per operation ours takes: below 1 is faster. */
        public double timeRatio() {
            return ours.median() / baseline.median();
        }
    }

    public Result run(Rounds rounds) throws Exception {
        for (int r = 0; r < rounds.warmup(); r++) {
            round();
        }
        double[] oursNanos = new double[rounds.measured()];
        double[] baselineNanos = new double[rounds.measured()];
        for (int r = 0; r < rounds.measured(); r++) {
            double[] pair = round();
            oursNanos[r] = pair[0];
            baselineNanos[r] = pair[1];
        }
        return new Result(new Samples(oursNanos), new Samples(baselineNanos), blackhole);
    }

    private double[] round() throws Exception {
        double oursPerOp;
        double baselinePerOp;
        if (rounds++ % 2 == 0) {
            oursPerOp = time(ours);
            baselinePerOp = time(baseline);
        } else {
            baselinePerOp = time(baseline);
            oursPerOp = time(ours);
        }
        return new double[] {oursPerOp, baselinePerOp};
    }

    private double time(Workload workload) throws Exception {
        long start = System.nanoTime();
        Workload.Batch batch = workload.run();
        long elapsed = System.nanoTime() - start;
        blackhole += batch.checksum();
        return (double) elapsed / batch.operations();
    }
}
