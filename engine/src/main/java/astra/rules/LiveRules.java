package astra.rules;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule set in force. A reload compiles in the caller's thread (a background one, never the
 * decision thread) and swaps the reference atomically only when the new set compiled, so readers
 * see either the old or the new set, never a half-built one, and a refused set changes nothing.
 * A decision cycle reads {@link #current()} once at its start and keeps that snapshot to its end.
 */
public final class LiveRules {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);
    /** History entries kept; older ones are dropped (the counters keep the totals). */
    public static final int HISTORY_LIMIT = 100;

    private final RuleSetCompiler compiler;
    private final Clock clock;
    private final AtomicReference<RuleSet> current;
    private final AtomicLong loadsOk = new AtomicLong();
    private final AtomicLong loadsRefused = new AtomicLong();
    private final Deque<LoadAttempt> history = new ArrayDeque<>();
    private final Object reloadLock = new Object();

    private LiveRules(RuleSetCompiler compiler, Clock clock, RuleSet initial) {
        this.compiler = compiler;
        this.clock = clock;
        this.current = new AtomicReference<>(initial);
    }

    /**
     * Starts from a directory that must compile: there is no previous set to fall back on, so a
     * refusal here is the caller's to handle (typically: do not start trading).
     */
    public static LiveRules load(RuleSetCompiler compiler, Clock clock, Path directory) throws RuleCompilationFailure {
        RuleSet initial = compiler.compile(directory);
        LiveRules live = new LiveRules(compiler, clock, initial);
        live.loadsOk.incrementAndGet();
        live.record(new LoadAttempt(initial.version().id(), clock.instant(), LoadAttempt.Outcome.LOADED, List.of()));
        return live;
    }

    public RuleSet current() {
        return current.get();
    }

    /**
     * Reads and compiles the directory and puts it in force if it compiles. Reloads are
     * serialised; decision cycles are never blocked by one.
     */
    public LoadAttempt tryReload(Path directory) {
        Objects.requireNonNull(directory, "directory");
        synchronized (reloadLock) {
            LoadAttempt attempt = attempt(directory);
            record(attempt);
            return attempt;
        }
    }

    private LoadAttempt attempt(Path directory) {
        RuleSources sources;
        try {
            sources = RuleSetCompiler.read(directory);
            if (sources.versionId().equals(current.get().version().id())) {
                return new LoadAttempt(sources.versionId(), clock.instant(), LoadAttempt.Outcome.UNCHANGED, List.of());
            }
            RuleSet next = compiler.compile(sources);
            current.set(next);
            loadsOk.incrementAndGet();
            LOG.info("rules {} loaded ({} files)", next.version().id(), next.version().files().size());
            return new LoadAttempt(next.version().id(), next.version().loadedAt(), LoadAttempt.Outcome.LOADED, List.of());
        } catch (RuleCompilationFailure refused) {
            loadsRefused.incrementAndGet();
            LOG.warn("{}; rules {} stay in force", refused.getMessage(), current.get().version().id());
            return new LoadAttempt(refused.attemptedVersionId(), clock.instant(), LoadAttempt.Outcome.REFUSED,
                    refused.messages());
        }
    }

    private void record(LoadAttempt attempt) {
        synchronized (history) {
            if (history.size() == HISTORY_LIMIT) {
                history.removeFirst();
            }
            history.addLast(attempt);
        }
    }

    /** Oldest first, at most {@link #HISTORY_LIMIT} entries. */
    public List<LoadAttempt> history() {
        synchronized (history) {
            return List.copyOf(history);
        }
    }

    public long loadsOk() {
        return loadsOk.get();
    }

    public long loadsRefused() {
        return loadsRefused.get();
    }
}
