package astra.polymarket.ws;

/** Why a message could not be decoded; {@link DecodeCounters} counts by these. */
public enum DecodeFailure {
    /** Not parseable as JSON (truncated, bad syntax). */
    MALFORMED_JSON,
    /** JSON, but a message is not an object (e.g. a number inside a frame's array). */
    NOT_AN_OBJECT,
    /** An object without {@code event_type}. */
    MISSING_EVENT_TYPE,
    /** A field the event cannot be built without is absent, null or blank. */
    MISSING_FIELD,
    /** A field is present but its value is not acceptable (not a decimal, unknown side, price above 1). */
    INVALID_VALUE,
    /** A fault in the decoder itself; counted and reported rather than thrown at the caller. */
    UNEXPECTED
}
