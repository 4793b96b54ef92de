package astra.strategy.quote;

import java.util.Objects;

/** What to do with one quote slot this cycle, and why. */
public record RequoteDecision(Action action, String reason) {

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

    public RequoteDecision {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
