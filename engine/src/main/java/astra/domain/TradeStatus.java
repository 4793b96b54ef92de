package astra.domain;

/**
 * A trade's settlement status on the venue: MATCHED → MINED → CONFIRMED, or RETRYING → FAILED,
 * where FAILED undoes the match.
 */
public enum TradeStatus {
    MATCHED,
    MINED,
    CONFIRMED,
    RETRYING,
    FAILED;

    /** Whether a fill in this status still counts (only FAILED undoes it). */
    public boolean counts() {
        return this != FAILED;
    }
}
