package astra.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Runs decision cycles: take ONE rule-set snapshot, insert the cycle's facts, fire, collect the
 * {@link Decision} facts, then clear the session. The snapshot is held for the whole cycle, so no
 * cycle mixes two rules versions, however reloads interleave.
 *
 * <p>The session is kept between cycles while the rules version stays the same (making one costs
 * more than clearing it) and replaced when the version changes. A KieSession is not thread-safe,
 * so a cycle runner belongs to the first thread that runs it; another thread is refused.
 */
public final class DecisionCycle implements AutoCloseable {
    /** Within one market's (or the account's) decisions, the order by rule, kind, reason and detail. */
    private static final Comparator<Decision> AFTER_MARKET = Comparator
            .comparing(Decision::ruleName)
            .thenComparing(Decision::kind)
            .thenComparing(Decision::reasonCode)
            .thenComparing(Decision::detail);

    private final Supplier<RuleSet> rules;
    private Thread owner;
    private RuleSet sessionRules;
    private KieSession session;

    /** {@code rules} is typically {@code liveRules::current}. */
    public DecisionCycle(Supplier<RuleSet> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public CycleResult run(Collection<?> facts) {
        confineToOwner();
        RuleSet snapshot = Objects.requireNonNull(rules.get(), "no rule set in force");
        KieSession cycleSession = sessionFor(snapshot);
        try {
            for (Object fact : facts) {
                cycleSession.insert(fact);
            }
            cycleSession.fireAllRules();
            List<Decision> decisions = new ArrayList<>();
            for (Object decision : cycleSession.getObjects(o -> o instanceof Decision)) {
                decisions.add((Decision) decision);
            }
            clear(cycleSession);
            return new CycleResult(snapshot.version(), inOrder(decisions));
        } catch (RuntimeException e) {
            // A rule threw mid-cycle: the session's state is unknown, start the next cycle afresh.
            discardSession();
            throw new RuleExecutionException("rules " + snapshot.version().id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Decisions in a stable order, so two runs over the same facts audit identically: by market
     * (account decisions first), then {@link #AFTER_MARKET}. Each one's market key is computed once
     * rather than twice per comparison (a cycle sorts hundreds of decisions).
     */
    static List<Decision> inOrder(List<Decision> decisions) {
        List<Keyed> keyed = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            keyed.add(new Keyed(marketKey(d), d));
        }
        keyed.sort(Comparator.comparing(Keyed::market).thenComparing(Keyed::decision, AFTER_MARKET));
        List<Decision> sorted = new ArrayList<>(keyed.size());
        for (Keyed k : keyed) {
            sorted.add(k.decision());
        }
        return sorted;
    }

    private static String marketKey(Decision d) {
        return d.market().map(Object::toString).orElse("");
    }

    private record Keyed(String market, Decision decision) {}

    private void confineToOwner() {
        Thread caller = Thread.currentThread();
        if (owner == null) {
            owner = caller;
        } else if (owner != caller) {
            throw new IllegalStateException("decision cycles belong to thread '" + owner.getName()
                    + "'; called from '" + caller.getName() + "'");
        }
    }

    private KieSession sessionFor(RuleSet snapshot) {
        if (sessionRules != snapshot) {
            discardSession();
            session = snapshot.newSession();
            sessionRules = snapshot;
        }
        return session;
    }

    private static void clear(KieSession session) {
        for (FactHandle handle : new ArrayList<>(session.<FactHandle>getFactHandles())) {
            session.delete(handle);
        }
    }

    private void discardSession() {
        if (session != null) {
            session.dispose();
            session = null;
            sessionRules = null;
        }
    }

    @Override
    public void close() {
        confineToOwner();
        discardSession();
    }
}
