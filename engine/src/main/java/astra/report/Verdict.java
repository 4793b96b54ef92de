package astra.report;

/** The outcome of one gate criterion, or of a gate (the worst of its criteria). */
public enum Verdict {
    PASS,
    /** Too little data to say: never read as a pass. */
    NOT_ENOUGH_DATA,
    FAIL;

    /** FAIL beats NOT_ENOUGH_DATA beats PASS. */
    Verdict worse(Verdict other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
