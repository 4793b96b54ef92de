package astra.polymarket.rest;

/** A failed venue request, typed by {@link VenueErrorKind}, carrying the venue's own message. */
public class VenueException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final VenueErrorKind kind;
    private final int status;
    private final String endpoint;

    public VenueException(VenueErrorKind kind, int status, String endpoint, String venueMessage, Throwable cause) {
        super(endpoint + " -> " + kind + (status > 0 ? " (HTTP " + status + ")" : "") + ": " + venueMessage, cause);
        this.kind = kind;
        this.status = status;
        this.endpoint = endpoint;
    }

    public VenueErrorKind kind() {
        return kind;
    }

    /** The HTTP status, or 0 when there was no answer. */
    public int status() {
        return status;
    }

    public String endpoint() {
        return endpoint;
    }
}
