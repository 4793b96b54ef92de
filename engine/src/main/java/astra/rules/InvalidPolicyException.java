package astra.rules;

/**
 * A policy value or file that cannot be accepted. The message starts with the offending key as it
 * is written in {@code policy.yaml} (for example {@code portfolio.cluster-cap}) so a risk officer
 * can find it.
 */
public final class InvalidPolicyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final int line;
    private final int column;

    public InvalidPolicyException(String key, String problem) {
        this(key, problem, 0, 0);
    }

    /** With the position in the file, where the parser knows it; 0 means unknown. */
    public InvalidPolicyException(String key, String problem, int line, int column) {
        super(key.isEmpty() ? problem : key + ": " + problem);
        this.key = key;
        this.line = line;
        this.column = column;
    }

    /** The dotted key as written in the file; empty for a problem with the file as a whole. */
    public String key() {
        return key;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
