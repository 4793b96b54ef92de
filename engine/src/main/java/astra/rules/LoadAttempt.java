package astra.rules;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the reload history: which content was tried, when, and how it ended. The version
 * id is null only when the files could not even be read.
 */
public record LoadAttempt(String versionId, Instant at, Outcome outcome, List<CompilationMessage> messages) {

    public enum Outcome {
        /** Compiled and now deciding. */
        LOADED,
        /** Refused; the previous rule set keeps deciding. */
        REFUSED,
        /** Same content as the rule set in force (a touch, or an editor's save without change). */
        UNCHANGED
    }

    public LoadAttempt {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        messages = List.copyOf(messages);
    }
}
