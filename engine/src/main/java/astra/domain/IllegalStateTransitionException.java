package astra.domain;

/** An order status change the lifecycle forbids (e.g. a cancelled order becoming live). */
public class IllegalStateTransitionException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final OrderStatus from;
    private final OrderStatus to;

    public IllegalStateTransitionException(ClientOrderId order, OrderStatus from, OrderStatus to) {
        super("order " + order + " cannot go from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public OrderStatus from() {
        return from;
    }

    public OrderStatus to() {
        return to;
    }
}
