package astra.rules;

import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * One rule set's session, kept from cycle to cycle. Each cycle hands it the whole list of facts;
 * it inserts those it does not hold, deletes those no longer given and leaves the rest alone, so the
 * network works only on what changed. Facts are matched by {@code equals} (the facts are records),
 * so a fact that did not change is not touched, and a changed one is deleted and its new value
 * inserted. Decisions are logical inserts ({@link RuleTextCheck}): deleting a fact withdraws the
 * decisions it justified, and the decisions in working memory after firing are exactly those whose
 * conditions hold on the facts now held, as a new session given the same facts would find them.
 *
 * <p>The decisions in working memory are tracked as they come and go (a listener), in buckets by
 * market, so reading them back neither walks every fact nor sorts the buckets that did not change.
 * Not thread-safe: owned by the decision thread.
 */
final class HeldSession implements AutoCloseable {
    private final KieSession session;
    /** The facts held, by value; equal facts given twice in a cycle are held twice (a chain). */
    private final Map<Object, Held> held = new HashMap<>();
    /** The decisions in working memory, each object as the session holds it (by identity, not by value). */
    private final DecisionBuckets decisions = new DecisionBuckets();
    private long cycle;

    private static final class Held {
        final FactHandle handle;
        long seenIn;
        Held next;

        Held(FactHandle handle, long seenIn) {
            this.handle = handle;
            this.seenIn = seenIn;
        }
    }

    HeldSession(KieSession session) {
        this.session = Objects.requireNonNull(session, "session");
        session.addEventListener(new RuleRuntimeEventListener() {
            @Override
            public void objectInserted(ObjectInsertedEvent event) {
                if (event.getObject() instanceof Decision d) {
                    decisions.add(d);
                }
            }

            @Override
            public void objectUpdated(ObjectUpdatedEvent event) {
                if (event.getOldObject() instanceof Decision old) {
                    decisions.remove(old);
                }
                if (event.getObject() instanceof Decision d) {
                    decisions.add(d);
                }
            }

            @Override
            public void objectDeleted(ObjectDeletedEvent event) {
                if (event.getOldObject() instanceof Decision d) {
                    decisions.remove(d);
                }
            }
        });
    }

    /**
     * Makes the session hold exactly {@code facts}, then fires; returns the decisions in force, which
     * the session goes on updating (read them before the next cycle).
     */
    DecisionBuckets decide(Collection<?> facts) {
        long now = ++cycle;
        for (Object fact : facts) {
            Objects.requireNonNull(fact, "fact");
            Held first = held.get(fact);
            Held h = first;
            while (h != null && h.seenIn == now) {
                h = h.next;
            }
            if (h != null) {
                h.seenIn = now;
            } else {
                Held inserted = new Held(session.insert(fact), now);
                if (first == null) {
                    held.put(fact, inserted);
                } else {
                    inserted.next = first.next;
                    first.next = inserted;
                }
            }
        }
        for (Iterator<Map.Entry<Object, Held>> it = held.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Object, Held> entry = it.next();
            Held head = null;
            Held tail = null;
            for (Held h = entry.getValue(); h != null; ) {
                Held next = h.next;
                if (h.seenIn == now) {
                    h.next = null;
                    if (head == null) {
                        head = h;
                    } else {
                        tail.next = h;
                    }
                    tail = h;
                } else {
                    session.delete(h.handle);
                }
                h = next;
            }
            if (head == null) {
                it.remove();
            } else if (head != entry.getValue()) {
                entry.setValue(head);
            }
        }
        session.fireAllRules();
        return decisions;
    }

    @Override
    public void close() {
        session.dispose();
    }
}
