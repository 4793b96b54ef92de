package astra.polymarket.clob;

import astra.polymarket.rest.VenueErrorKind;
import astra.polymarket.rest.VenueException;

/**
 * A 2xx answer whose content could not be read as the expected shape. Typed
 * {@link VenueErrorKind#AMBIGUOUS}: the request may have taken effect, but we cannot tell how.
 */
public final class MalformedAnswerException extends VenueException {
    private static final long serialVersionUID = 1L;

    public MalformedAnswerException(String endpoint, String problem, Throwable cause) {
        super(VenueErrorKind.AMBIGUOUS, 0, endpoint, "malformed answer: " + problem, cause);
    }
}
