package astra.domain;

/** A market's condition id (0x-prefixed bytes32 on the venue). */
public record ConditionId(String value) {
    public ConditionId {
        Ids.require(value, "condition id");
    }

    @Override
    public String toString() {
        return value;
    }

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof ConditionId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode(); // the record's own: its one component's hash
    }
}
