package astra.simulator.account;

/** An owner lacks the available balance an order or transfer needs. */
public final class InsufficientBalanceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InsufficientBalanceException(String detail) {
        super(detail);
    }
}
