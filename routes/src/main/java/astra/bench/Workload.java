package astra.bench;

/**
 * One timed batch of work. Returns how many operations it did (levels decoded, orders signed) and
 * something derived from the results, which the harness keeps so the JIT cannot drop the work.
 */
@FunctionalInterface
public interface Workload {
    Batch run() throws Exception;

    /** Operations done and a value that depends on every result. */
    record Batch(long operations, long checksum) {
        public Batch {
            if (operations <= 0) {
                throw new IllegalArgumentException("a batch must do some work, did " + operations);
            }
        }
    }
}
