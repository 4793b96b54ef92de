package astra.polymarket.rest;

/** What kind of failure a venue answer (or its absence) is, which decides what the caller may do. */
public enum VenueErrorKind {
    /** 400: the venue refused the request (bad order, not enough balance, version mismatch...). */
    REJECTED(false),
    /** 401/403: credentials or signature refused. */
    UNAUTHORIZED(false),
    /** 404: no such resource (for an order: not active; not proof that it never existed). */
    NOT_FOUND(false),
    /** 425: the matching engine is restarting; retry after a pause. */
    RESTARTING(true),
    /** 429: rate limited; retry after a pause. */
    RATE_LIMITED(true),
    /** 5xx: the venue failed. */
    SERVER_ERROR(true),
    /** No answer (time-out, connection lost): the request may or may not have taken effect. */
    AMBIGUOUS(true);

    private final boolean retryable;

    VenueErrorKind(boolean retryable) {
        this.retryable = retryable;
    }

    /** Whether an idempotent request may be sent again. */
    public boolean retryable() {
        return retryable;
    }

    public static VenueErrorKind ofStatus(int status) {
        if (status == 401 || status == 403) {
            return UNAUTHORIZED;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 425) {
            return RESTARTING;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status >= 500) {
            return SERVER_ERROR;
        }
        return REJECTED;
    }
}
