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

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof OrderId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode(); // the record's own: its one component's hash
    }
}
