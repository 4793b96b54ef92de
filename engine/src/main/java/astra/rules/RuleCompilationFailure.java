package astra.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule set that was refused: it does not compile, its policy is invalid, or its files could not
 * be read. Carries every message so a risk officer can fix them all in one pass.
 */
public final class RuleCompilationFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final String attemptedVersionId;
    private final transient List<CompilationMessage> messages;

    public RuleCompilationFailure(String attemptedVersionId, List<CompilationMessage> messages) {
        super("rule set " + (attemptedVersionId == null ? "(unread)" : attemptedVersionId) + " refused:\n  "
                + messages.stream().map(CompilationMessage::toString).collect(Collectors.joining("\n  ")));
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("a refusal needs at least one message");
        }
        this.attemptedVersionId = attemptedVersionId;
        this.messages = List.copyOf(messages);
    }

    /** The content hash of the refused files, or null if they could not be read. */
    public String attemptedVersionId() {
        return attemptedVersionId;
    }

    public List<CompilationMessage> messages() {
        return messages;
    }
}
