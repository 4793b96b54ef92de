package astra.rules;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * Reusable sessions of one {@link RuleSet} (see {@link RuleSet#newSessionPool()}). Drools resets a
 * pooled session when it is disposed, which also drops its globals, so every session handed out
 * gets them set again.
 */
public final class RuleSessions implements AutoCloseable {
    private final KieSessionsPool pool;
    private final UnaryOperator<KieSession> withGlobals;

    RuleSessions(KieSessionsPool pool, UnaryOperator<KieSession> withGlobals) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.withGlobals = Objects.requireNonNull(withGlobals, "withGlobals");
    }

    /** An empty session with the rule set's globals; {@code dispose} it to return it emptied. */
    public KieSession take() {
        return withGlobals.apply(pool.newKieSession());
    }

    /** Ends the pool and every session it keeps. */
    @Override
    public void close() {
        pool.shutdown();
    }
}
