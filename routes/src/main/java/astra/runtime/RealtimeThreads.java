package astra.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the threads that call {@link #enlist} into Linux's real-time FIFO scheduling class, each
 * once. A thread in that class runs as soon as it is ready, ahead of every ordinary thread, instead
 * of waiting in the CPU's queue behind them (a latency deployment's usual setting, often with a
 * CPU of its own). Meant for the thread that applies market frames: it sleeps on its socket
 * between frames and runs for microseconds, so it takes little from the others; the kernel still
 * keeps 5 % of every second for ordinary threads (its real-time throttling).
 *
 * <p>Done with {@code chrt}, since Java sets no scheduling class. The thread reads its own id, and
 * the command runs on {@code background}: the thread never waits for it. Where that is refused
 * (no {@code CAP_SYS_NICE}, no {@code chrt}, not Linux) it is logged and counted, once per thread,
 * and the thread runs on at its ordinary priority.
 */
public final class RealtimeThreads {
    private static final Logger LOG = LoggerFactory.getLogger(RealtimeThreads.class);
    /** The highest FIFO priority Linux accepts. */
    static final int MAX_PRIORITY = 99;
    private static final Path THREAD_SELF = Path.of("/proc/thread-self");

    /** What became of one thread's enlisting. */
    public enum Outcome { RAISED, REFUSED, UNSUPPORTED }

    /** Runs {@code chrt -f -p PRIORITY TID}; returns null on success or what went wrong. */
    interface Command {
        String run(List<String> argv);
    }

    private final int priority;
    private final Executor background;
    private final Command command;
    private final Consumer<Outcome> counted;
    private final ThreadLocal<Boolean> enlisted = ThreadLocal.withInitial(() -> Boolean.FALSE);

    /**
     * @param priority the FIFO priority, 1–99; 0 for none (then {@link #enlist} does nothing)
     * @param background where the command runs
     * @param counted told each thread's outcome (a counter)
     */
    public RealtimeThreads(int priority, Executor background, Consumer<Outcome> counted) {
        this(priority, background, RealtimeThreads::chrt, counted);
    }

    RealtimeThreads(int priority, Executor background, Command command, Consumer<Outcome> counted) {
        if (priority < 0 || priority > MAX_PRIORITY) {
            throw new IllegalArgumentException("a real-time priority is 1-" + MAX_PRIORITY + ", or 0 for none: "
                    + priority);
        }
        this.priority = priority;
        this.background = Objects.requireNonNull(background, "background");
        this.command = Objects.requireNonNull(command, "command");
        this.counted = Objects.requireNonNull(counted, "counted");
    }

    /** Enlists the calling thread, the first time it calls; later calls cost a thread-local read. */
    public void enlist() {
        if (priority == 0 || enlisted.get()) {
            return;
        }
        enlisted.set(Boolean.TRUE);
        String name = Thread.currentThread().getName();
        Optional<String> tid = threadId(THREAD_SELF);
        if (tid.isEmpty()) {
            LOG.warn("thread {} stays at its ordinary priority: no /proc/thread-self (not Linux?)", name);
            counted.accept(Outcome.UNSUPPORTED);
            return;
        }
        List<String> argv = List.of("chrt", "-f", "-p", Integer.toString(priority), tid.get());
        background.execute(() -> {
            String failure = command.run(argv);
            if (failure == null) {
                LOG.info("thread {} (tid {}) now runs real-time, FIFO priority {}", name, tid.get(), priority);
                counted.accept(Outcome.RAISED);
            } else {
                LOG.warn("thread {} (tid {}) stays at its ordinary priority: {}", name, tid.get(), failure);
                counted.accept(Outcome.REFUSED);
            }
        });
    }

    /** The kernel's id of the calling thread: the last part of {@code /proc/thread-self}'s target. */
    static Optional<String> threadId(Path threadSelf) {
        try {
            Path target = Files.readSymbolicLink(threadSelf);
            String id = target.getFileName().toString();
            return id.chars().allMatch(Character::isDigit) && !id.isEmpty() ? Optional.of(id) : Optional.empty();
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }

    /** Runs chrt; null when it succeeded, else its exit and output. */
    static String chrt(List<String> argv) {
        try {
            Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
            p.getOutputStream().close();
            // Waited for before its output is read, so a command that hangs cannot hold the caller:
            // chrt writes a line at most, well within the pipe's buffer.
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", argv) + " did not finish in 10 s";
            }
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return p.exitValue() == 0 ? null
                    : String.join(" ", argv) + " exited " + p.exitValue() + (output.isEmpty() ? "" : ": " + output);
        } catch (IOException e) {
            return String.join(" ", argv) + " could not run: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return String.join(" ", argv) + " interrupted";
        }
    }
}
