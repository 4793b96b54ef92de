package astra.domain;

/** Astra's own id of an order intent, known before the venue answers. */
public record ClientOrderId(String value) {
    public ClientOrderId {
        Ids.require(value, "client order id");
    }

    @Override
    public String toString() {
        return value;
    }

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof ClientOrderId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode(); // the record's own: its one component's hash
    }
}
