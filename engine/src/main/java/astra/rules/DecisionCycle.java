package astra.rules;

import java.util.Collection;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs decision cycles: take ONE rule-set snapshot, bring its session up to the cycle's facts, fire,
 * collect the {@link Decision} facts in force, in the order of {@link DecisionBuckets}. The snapshot
 * is held for the whole cycle, so no cycle mixes two rules versions, however reloads interleave.
 *
 * <p>The session is kept from cycle to cycle ({@link HeldSession}): only the facts that changed go
 * through the network, and decisions, inserted logically, are withdrawn when their conditions stop
 * holding. So each cycle's decisions are those a new session would reach on the same facts (the
 * engine's tests check the two against each other), at the cost of what changed rather than of
 * everything. A new rules version gets a new session, given every fact; so does the cycle after one
 * whose rules threw. A KieSession is not thread-safe, so a cycle runner belongs to the first thread
 * that runs it; another thread is refused.
 */
public final class DecisionCycle implements AutoCloseable {
    private final Supplier<RuleSet> rules;
    private Thread owner;
    private RuleSet sessionRules;
    private HeldSession session;

    /** {@code rules} is typically {@code liveRules::current}. */
    public DecisionCycle(Supplier<RuleSet> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public CycleResult run(Collection<?> facts) {
        return run(Objects.requireNonNull(rules.get(), "no rule set in force"), facts).result();
    }

    /**
     * A cycle's result and the decisions in force in their buckets, for the engine, which keeps what
     * it combined from a bucket that did not change. The buckets are the session's: read them before
     * the next cycle.
     */
    record Held(CycleResult result, DecisionBuckets buckets) {}

    /** A cycle on a rule set the caller took from the supplier (the engine stamps facts by its policy). */
    Held run(RuleSet snapshot, Collection<?> facts) {
        confineToOwner();
        HeldSession cycleSession = sessionFor(snapshot);
        try {
            DecisionBuckets buckets = cycleSession.decide(facts);
            return new Held(new CycleResult(snapshot.version(), buckets.all()), buckets);
        } catch (RuntimeException e) {
            // A rule threw mid-cycle: the session's state is unknown, start the next cycle on a new one.
            discardSession();
            throw new RuleExecutionException("rules " + snapshot.version().id() + " failed: " + e.getMessage(), e);
        }
    }

    private void confineToOwner() {
        Thread caller = Thread.currentThread();
        if (owner == null) {
            owner = caller;
        } else if (owner != caller) {
            throw new IllegalStateException("decision cycles belong to thread '" + owner.getName()
                    + "'; called from '" + caller.getName() + "'");
        }
    }

    private HeldSession sessionFor(RuleSet snapshot) {
        if (sessionRules != snapshot) {
            discardSession();
            session = new HeldSession(snapshot.newSession());
            sessionRules = snapshot;
        }
        return session;
    }

    private void discardSession() {
        if (session != null) {
            HeldSession old = session;
            session = null;
            sessionRules = null;
            old.close();
        }
    }

    @Override
    public void close() {
        confineToOwner();
        discardSession();
    }
}
