package astra.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class RealtimeThreadsTest {
    private final List<List<String>> commands = new CopyOnWriteArrayList<>();
    private final List<RealtimeThreads.Outcome> outcomes = new CopyOnWriteArrayList<>();

    /** Enlists at {@code priority}, running each command at once and recording it as succeeded. */
    private RealtimeThreads recording(int priority) {
        return new RealtimeThreads(priority, Runnable::run, argv -> {
            commands.add(argv);
            return null;
        }, outcomes::add);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aThreadIsEnlistedOnce_withChrtOnItsOwnKernelId() throws Exception {
        RealtimeThreads threads = recording(10);

        threads.enlist();
        threads.enlist();
        threads.enlist();

        String ownId = Files.readSymbolicLink(Path.of("/proc/thread-self")).getFileName().toString();
        assertThat(commands).containsExactly(List.of("chrt", "-f", "-p", "10", ownId));
        assertThat(outcomes).containsExactly(RealtimeThreads.Outcome.RAISED);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void eachThreadIsEnlistedOnItsOwn() throws Exception {
        RealtimeThreads threads = recording(5);
        List<Thread> started = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Thread t = new Thread(() -> {
                threads.enlist();
                threads.enlist();
            });
            started.add(t);
            t.start();
        }
        for (Thread t : started) {
            t.join();
        }

        assertThat(commands).hasSize(3);
        assertThat(commands.stream().map(argv -> argv.get(4)).distinct()).hasSize(3);
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void aRefusal_isCountedAndTheThreadRunsOn() {
        RealtimeThreads threads = new RealtimeThreads(10, Runnable::run,
                argv -> "chrt exited 1: Operation not permitted", outcomes::add);

        threads.enlist();
        threads.enlist();

        assertThat(outcomes).containsExactly(RealtimeThreads.Outcome.REFUSED);
    }

    @Test
    void priorityZero_enlistsNothing() {
        RealtimeThreads threads = recording(0);

        threads.enlist();

        assertThat(commands).isEmpty();
        assertThat(outcomes).isEmpty();
    }

    @Test
    void aPriorityOutsideOneToNinetyNine_isRefusedAtStart() {
        assertThatThrownBy(() -> new RealtimeThreads(100, Runnable::run, outcomes::add))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-99");
        assertThatThrownBy(() -> new RealtimeThreads(-1, Runnable::run, outcomes::add))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void threadId_isTheLinksLastPart_andNothingWithoutTheLink(@TempDir Path dir) throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("thread-self"), Path.of("4242/task/4250"));
        Path odd = Files.createSymbolicLink(dir.resolve("odd"), Path.of("4242/task/self"));

        assertThat(RealtimeThreads.threadId(link)).contains("4250");
        assertThat(RealtimeThreads.threadId(odd)).isEmpty();
        assertThat(RealtimeThreads.threadId(dir.resolve("missing"))).isEmpty();
    }

    @Test
    void chrt_reportsACommandThatCannotRun() {
        String failure = RealtimeThreads.chrt(List.of("astra-no-such-command-xyz", "-f"));

        assertThat(failure).contains("astra-no-such-command-xyz").contains("could not run");
    }

    @Test
    @EnabledOnOs(OS.LINUX)
    void chrt_reportsItsExitAndMessage_whenTheKernelRefuses() {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chrt")), "chrt is installed");

        // No thread has this id (above the kernel's pid_max): chrt exits non-zero with its reason.
        String failure = RealtimeThreads.chrt(List.of("chrt", "-f", "-p", "10", "2147483647"));

        assertThat(failure).startsWith("chrt -f -p 10 2147483647 exited ").doesNotContain("could not run");
    }
}
