package astra.polymarket.ws;

/**
 * Thrown inside a decoder to abandon the message being built; always caught by
 * {@link FrameDecoder} and turned into a {@link DecodeError}. Without a stack trace, because it
 * is an expected outcome on bad input and should cost little.
 */
final class DecodeException extends RuntimeException {
    private final DecodeFailure reason;

    DecodeException(DecodeFailure reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    static DecodeException missing(String field) {
        return new DecodeException(DecodeFailure.MISSING_FIELD, "missing " + field);
    }

    static DecodeException invalid(String field, String why) {
        return new DecodeException(DecodeFailure.INVALID_VALUE, field + ": " + why);
    }

    DecodeError toError() {
        return new DecodeError(reason, getMessage());
    }
}
