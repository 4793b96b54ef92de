package astra.rules;

/** A rule failed while firing (an exception in a condition or consequence). */
public final class RuleExecutionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public RuleExecutionException(String message, Throwable cause) {
        super(message, cause);
    }
}
