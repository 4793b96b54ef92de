package astra.domain;

/** The venue's id of an order: the hash of the signed order. */
public record OrderId(String value) {
    public OrderId {
        Ids.require(value, "order id");
    }

    @Override
    public String toString() {
        return value;
    }
}
