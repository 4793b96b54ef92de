package astra.simulator.matching;

/** The venue refused an order; {@link #getMessage()} is the text the venue would answer with. */
public final class OrderRejectedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final Rejection reason;

    public OrderRejectedException(Rejection reason, String detail) {
        super(detail.isEmpty() ? reason.text() : reason.text() + ": " + detail);
        this.reason = reason;
    }

    public Rejection reason() {
        return reason;
    }
}
