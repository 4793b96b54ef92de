package astra.simulator.host;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The one thread that owns the venue. Work is queued in arrival order; a failure in one task is
 * returned to its caller and does not stop the thread.
 */
public final class VenueThread implements AutoCloseable {
    private static final long AWAIT_SECONDS = 30;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sim-venue");
        t.setDaemon(true);
        return t;
    });

    public <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, executor);
    }

    public CompletableFuture<Void> run(Runnable work) {
        return CompletableFuture.runAsync(work, executor);
    }

    /** Runs {@code work} on the venue thread and waits for it (admin calls and tests). */
    public <T> T await(Supplier<T> work) {
        try {
            return call(work).get(AWAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the venue", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("venue task failed", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("the venue did not answer within " + AWAIT_SECONDS + " s", e);
        }
    }

    @Override
    public void close() {
        executor.shutdown();
    }
}
