package astra.execution;

/** Why a canonical mid was not the plain two-sided mid. Each occurrence is counted. */
public enum MidFallback {
    BID_SIDE_ONLY,
    ASK_SIDE_ONLY,
    EMPTY_BOOK,
    CROSSED_BOOK,
    STALE_BOOK
}
