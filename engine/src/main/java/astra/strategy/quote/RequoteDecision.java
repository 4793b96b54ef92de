package astra.strategy.quote;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * What to do with one quote slot this cycle, and why. The reason is written only when asked for:
 * most slots are KEEPs nobody reads the reason of, and formatting prices and sizes for each was a
 * good part of a book move's cost.
 */
public final class RequoteDecision {

    public enum Action {
        /** Nothing rests and a target exists: post it. */
        PLACE,
        /** The resting order is close enough: leave it (saves a cancel and a post). */
        KEEP,
        /** Cancel the resting order and post the target. */
        REPLACE,
        /** Something rests but no target exists: cancel it. */
        CANCEL,
        /** Nothing rests and nothing is wanted. */
        NONE
    }

    private final Action action;
    private final Supplier<String> why;

    public RequoteDecision(Action action, String reason) {
        this(action, constant(Objects.requireNonNull(reason, "reason")));
    }

    RequoteDecision(Action action, Supplier<String> why) {
        this.action = Objects.requireNonNull(action, "action");
        this.why = Objects.requireNonNull(why, "why");
    }

    private static Supplier<String> constant(String reason) {
        return () -> reason;
    }

    public Action action() {
        return action;
    }

    public String reason() {
        return why.get();
    }

    @Override
    public String toString() {
        return action + ": " + reason();
    }
}
