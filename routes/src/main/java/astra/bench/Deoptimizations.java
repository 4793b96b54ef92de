package astra.bench;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingStream;

/**
 * Our C2-compiled code that the JIT threw away while a bench ran (JFR's {@code jdk.Deoptimization}
 * events). C2 compiles a method for the branches and types its profile has seen; the first input of
 * another kind sends the method back to the interpreter and then to C1's profiling code until it is
 * compiled again, which for a path run a few times a second takes minutes. The latency bench lists
 * what the feed thread (which decides book moves) and the decision thread (whose cycles quote through
 * the same methods, so that a trap on it throws the code away for both) threw away after the first
 * decision cycle, so a warm-up that no longer covers what a session meets shows up beside the figure
 * it slows.
 */
final class Deoptimizations implements AutoCloseable {
    private static final String EVENT = "jdk.Deoptimization";
    /** A trap this many frames above our code still counts as ours: a JDK method inlined into it. */
    private static final int OURS_WITHIN = 4;

    /**
     * One deoptimization: our code nearest the trap, where compiled code met what its profile had not
     * seen, on the thread named by {@code thread} (the part of its name it was listened for by).
     */
    record Deopt(Instant at, String thread, String method, int line, String reason) {
        String where() {
            return thread + ": " + method + ":" + line + " (" + reason + ")";
        }
    }

    private final List<String> threadNameParts;
    private final RecordingStream stream = new RecordingStream();
    private final Queue<Deopt> seen = new ConcurrentLinkedQueue<>();

    /**
     * Starts listening (the JVM records the event only while a stream or recording asks for it),
     * to the deoptimizations of threads whose name contains one of {@code threadNameParts}.
     */
    Deoptimizations(List<String> threadNameParts) {
        this.threadNameParts = List.copyOf(threadNameParts);
        stream.enable(EVENT).withStackTrace();
        stream.onEvent(EVENT, this::onDeopt);
        stream.startAsync();
    }

    private void onDeopt(RecordedEvent e) {
        String thread = e.getThread() == null ? null : listenedPart(e.getThread().getJavaName());
        if (!"c2".equals(text(e, "compiler")) || e.getStackTrace() == null || thread == null) {
            return; // C1 code deoptimizes by design on its way to C2; other threads' code is not timed
        }
        // The trap may sit in a JDK method inlined into ours (a record's equals, a collection): name
        // our frame nearest to it, or leave the event out when none is near (the libraries' own code).
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        for (int i = 0; i < Math.min(OURS_WITHIN, frames.size()); i++) {
            RecordedMethod m = frames.get(i).getMethod();
            if (m != null && m.getType().getName().startsWith("astra.")) {
                seen.add(new Deopt(e.getStartTime(), thread, m.getType().getName() + "." + m.getName(),
                        frames.get(i).getLineNumber(), text(e, "reason")));
                return;
            }
        }
    }

    private String listenedPart(String threadName) {
        if (threadName != null) {
            for (String part : threadNameParts) {
                if (threadName.contains(part)) {
                    return part;
                }
            }
        }
        return null;
    }

    private static String text(RecordedEvent e, String field) {
        return String.valueOf((Object) e.getValue(field));
    }

    /** Those at or after {@code from}, in the order they happened. */
    List<Deopt> since(Instant from) {
        List<Deopt> after = new ArrayList<>();
        for (Deopt d : seen) {
            if (!d.at().isBefore(from)) {
                after.add(d);
            }
        }
        return after;
    }

    /** "none", or how many, with each place and how often it was thrown away there. */
    static String summary(List<Deopt> deopts) {
        if (deopts.isEmpty()) {
            return "none";
        }
        Map<String, Integer> byPlace = new TreeMap<>();
        for (Deopt d : deopts) {
            byPlace.merge(d.where(), 1, Integer::sum);
        }
        StringBuilder text = new StringBuilder().append(deopts.size()).append(": ");
        byPlace.forEach((where, times) -> text.append(where).append(times > 1 ? " x" + times : "").append("; "));
        return text.substring(0, text.length() - 2);
    }

    @Override
    public void close() {
        stream.close();
    }
}
