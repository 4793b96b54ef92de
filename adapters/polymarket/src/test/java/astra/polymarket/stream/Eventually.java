package astra.polymarket.stream;

import java.time.Duration;

/** Waits for an assertion to hold, for asynchronous tests: never a bare sleep-then-assert. */
public final class Eventually {
    private Eventually() {}

    public static void within(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
