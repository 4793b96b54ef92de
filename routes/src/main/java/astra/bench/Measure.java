package astra.bench;

import java.io.PrintWriter;

/** One named benchmark of {@code ./astra bench NAME}. */
public interface Measure {
    String name();

    /** One line: what is measured and the goal. */
    String description();

    /** Runs, printing progress to {@code out}; the caller prints the returned verdict last. */
    Verdict run(BenchSettings settings, PrintWriter out) throws Exception;
}
