package astra.runtime;

/** The venue's dead-man heartbeat: one beat per run, and how many beats in a row have failed. */
public interface Heartbeat extends Runnable {
    int consecutiveFailures();
}
