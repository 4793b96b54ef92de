package astra.execution.firewall;

import java.time.Duration;

/** Waits between cancel-all attempts; tests pass one that only records the waits. */
@FunctionalInterface
public interface Pause {
    Pause SLEEP = d -> {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            // A safety retry is not abandoned on interrupt: keep the flag for the caller and go on.
            Thread.currentThread().interrupt();
        }
    };

    void pause(Duration duration);
}
