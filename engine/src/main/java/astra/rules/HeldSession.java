package astra.rules;

import java.util.Collection;
import java.util.HashMap;
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
 * network works only on what changed. Facts are matched by {@code equals} (the facts are records;
 * the very object given last time is found first by identity, see {@link #decide}), so a fact that
 * did not change is not touched, and a changed one is deleted and its new value
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
    /** The objects held, by value: equal objects given in one cycle are each held (a chain). */
    private final Map<Object, Held> held = new HashMap<>();
    /**
     * What was held for each place of the last cycle's list: the facts come in much the same order
     * every cycle, and a fact that did not change is most often the very object given last time (the
     * engine hands held facts back as they were), so checking the same place by identity first spares
     * hashing and comparing every fact by value every cycle.
     */
    private Held[] lastPlaces = new Held[0];
    /** The decisions in working memory, each object as the session holds it (by identity, not by value). */
    private final DecisionBuckets decisions = new DecisionBuckets();
    private long cycle;

    private static final class Held {
        final Object fact;
        final FactHandle handle;
        long seenIn;
        /** In the cycle it was last seen, the new object it stood for, if any (see {@link #placeNew}). */
        Object standsFor;
        Held next;

        Held(Object fact, FactHandle handle, long seenIn) {
            this.fact = fact;
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
     *
     * <p>The session holds an object once however often it is inserted (Drools asserts by identity),
     * so what it must hold is each distinct object given, and a new session given the list would hold
     * the same number of each value. An object held already stays (its place in the last list is
     * checked first, then its value's chain); an object given for the first time takes the place of
     * an equal one held and not given again, which stays in the session as it was; only the rest are
     * inserted. Objects held and not given again, nor replaced by an equal one, are deleted.
     */
    DecisionBuckets decide(Collection<?> facts) {
        long now = ++cycle;
        Held[] last = lastPlaces;
        Held[] places = new Held[facts.size()];
        Object[] given = facts.toArray();
        int unplaced = 0;
        for (int i = 0; i < given.length; i++) {
            Object fact = Objects.requireNonNull(given[i], "fact");
            Held same = i < last.length ? last[i] : null;
            if (same != null && same.fact == fact) {
                places[i] = seen(same, now, null);
            } else {
                unplaced++;
            }
        }
        // Every object held already before any equal new one takes the place of one: otherwise a new
        // object could take the place of an object given again later in the list. The chains looked
        // up here serve the new objects below (a chain's first holder stays first until the sweep).
        Held[] chains = unplaced > 0 ? new Held[given.length] : null;
        for (int i = 0; unplaced > 0 && i < given.length; i++) {
            if (places[i] == null) {
                chains[i] = held.get(given[i]);
                Held same = identical(chains[i], given[i], now);
                if (same != null) {
                    places[i] = seen(same, now, null);
                    unplaced--;
                }
            }
        }
        for (int i = 0; unplaced > 0 && i < given.length; i++) {
            if (places[i] == null) {
                // A value without a chain may have gained one from a new object earlier in this pass.
                places[i] = placeNew(given[i], chains[i] != null ? chains[i] : held.get(given[i]), now);
                unplaced--;
            }
        }
        // Every fact held was given last cycle (the rest were deleted then), so last cycle's places
        // name them all; an object given twice sits in two places and is deleted once.
        for (Held h : last) {
            if (h.seenIn != now) {
                h.seenIn = now;
                forget(h);
                session.delete(h.handle);
            }
        }
        lastPlaces = places;
        session.fireAllRules();
        return decisions;
    }

    private static Held seen(Held h, long now, Object standsFor) {
        h.seenIn = now;
        h.standsFor = standsFor;
        return h;
    }

    /** The held object that is {@code fact}, or that stands for it this cycle. */
    private static Held identical(Held chain, Object fact, long now) {
        for (Held h = chain; h != null; h = h.next) {
            if (h.fact == fact || (h.seenIn == now && h.standsFor == fact)) {
                return h;
            }
        }
        return null;
    }

    /**
     * An object not held, given with its value's chain ({@code first}, null if none): as the equal one
     * held and not given this cycle, which stays and stands for it; or inserted. A new object given
     * twice is placed once.
     */
    private Held placeNew(Object fact, Held first, long now) {
        Held same = identical(first, fact, now);
        if (same != null) {
            return same;
        }
        for (Held h = first; h != null; h = h.next) {
            if (h.seenIn != now) {
                return seen(h, now, fact);
            }
        }
        Held inserted = new Held(fact, session.insert(fact), now);
        if (first == null) {
            held.put(fact, inserted);
        } else {
            inserted.next = first.next;
            first.next = inserted;
        }
        return inserted;
    }

    /** Takes {@code gone} out of its chain of equal facts. */
    private void forget(Held gone) {
        Held first = held.get(gone.fact);
        if (first == gone) {
            if (gone.next == null) {
                held.remove(gone.fact);
            } else {
                held.put(gone.fact, gone.next);
            }
            return;
        }
        for (Held h = first; h != null; h = h.next) {
            if (h.next == gone) {
                h.next = gone.next;
                return;
            }
        }
    }

    @Override
    public void close() {
        session.dispose();
    }
}
