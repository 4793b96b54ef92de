package astra.rules;

import astra.domain.ConditionId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.kie.api.runtime.KieSession;

/**
 * Runs decision cycles: take ONE rule-set snapshot, insert the cycle's facts, fire, collect the
 * {@link Decision} facts, then give the session back emptied. The snapshot is held for the whole cycle, so no
 * cycle mixes two rules versions, however reloads interleave.
 *
 * <p>Each cycle takes an empty session from a pool of the rule set's sessions and gives it back,
 * which resets it: a reset empties the whole working memory at once, where retracting the cycle's
 * facts one by one (two thousand of them over 200 markets) sent each retraction through the
 * network. A reset session is as a new one, so each cycle decides on its own facts alone. The pool
 * is kept while the rules version stays the same and replaced when it changes. A KieSession is not
 * thread-safe, so a cycle runner belongs to the first thread that runs it; another thread is
 * refused.
 */
public final class DecisionCycle implements AutoCloseable {
    /**
     * Within one market's (or the account's) decisions, the order by rule, kind, reason and detail.
     * Written out rather than chained from key extractors: every cycle sorts a thousand-odd
     * decisions, and the chain's calls through shared lambdas were most of the sorting.
     */
    private static final Comparator<Decision> AFTER_MARKET = DecisionCycle::compareAfterMarket;

    private final Supplier<RuleSet> rules;
    private Thread owner;
    private RuleSet sessionRules;
    private RuleSessions sessions;

    /** {@code rules} is typically {@code liveRules::current}. */
    public DecisionCycle(Supplier<RuleSet> rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public CycleResult run(Collection<?> facts) {
        confineToOwner();
        RuleSet snapshot = Objects.requireNonNull(rules.get(), "no rule set in force");
        KieSession cycleSession = sessionsFor(snapshot).take();
        try {
            for (Object fact : facts) {
                cycleSession.insert(fact);
            }
            cycleSession.fireAllRules();
            List<Decision> decisions = new ArrayList<>();
            for (Object decision : cycleSession.getObjects(o -> o instanceof Decision)) {
                decisions.add((Decision) decision);
            }
            cycleSession.dispose(); // back to the pool, reset
            return new CycleResult(snapshot.version(), inOrder(decisions));
        } catch (RuntimeException e) {
            // A rule threw mid-cycle: the session's state is unknown, start the next cycle on a new pool.
            try {
                cycleSession.dispose();
            } catch (RuntimeException disposing) {
                e.addSuppressed(disposing);
            }
            discardSessions();
            throw new RuleExecutionException("rules " + snapshot.version().id() + " failed: " + e.getMessage(), e);
        }
    }

    /**
     * Decisions in a stable order, so two runs over the same facts audit identically: by market
     * (account decisions first), then {@link #AFTER_MARKET}. Put in buckets by market first and each
     * bucket sorted on its own: a cycle's thousand-odd decisions are a few per market, so this
     * compares far fewer pairs than one sort of them all, and gives the same order (each bucket keeps
     * its decisions' arrival order, as the stable sort kept ties).
     */
    static List<Decision> inOrder(List<Decision> decisions) {
        List<Decision> account = new ArrayList<>();
        Map<ConditionId, List<Decision>> byMarket = new HashMap<>();
        for (Decision d : decisions) {
            Optional<ConditionId> market = d.market();
            if (market.isEmpty()) {
                account.add(d);
            } else {
                byMarket.computeIfAbsent(market.get(), m -> new ArrayList<>(8)).add(d);
            }
        }
        List<ConditionId> markets = new ArrayList<>(byMarket.keySet());
        markets.sort((a, b) -> a.value().compareTo(b.value()));
        List<Decision> sorted = new ArrayList<>(decisions.size());
        account.sort(AFTER_MARKET);
        sorted.addAll(account);
        for (ConditionId market : markets) {
            List<Decision> own = byMarket.get(market);
            own.sort(AFTER_MARKET);
            sorted.addAll(own);
        }
        return sorted;
    }

    private static int compareAfterMarket(Decision a, Decision b) {
        int byRule = a.ruleName().compareTo(b.ruleName());
        if (byRule != 0) {
            return byRule;
        }
        int byKind = a.kind().compareTo(b.kind());
        if (byKind != 0) {
            return byKind;
        }
        int byReason = a.reasonCode().compareTo(b.reasonCode());
        return byReason != 0 ? byReason : a.detail().compareTo(b.detail());
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

    private RuleSessions sessionsFor(RuleSet snapshot) {
        if (sessionRules != snapshot) {
            discardSessions();
            sessions = snapshot.newSessionPool();
            sessionRules = snapshot;
        }
        return sessions;
    }

    private void discardSessions() {
        if (sessions != null) {
            sessions.close();
            sessions = null;
            sessionRules = null;
        }
    }

    @Override
    public void close() {
        confineToOwner();
        discardSessions();
    }
}
