package astra.domain;

/**
 * A market's condition id (0x-prefixed bytes32 on the venue).
 *
 * <p>A value class, not a record, only to keep its hash beside the reference to its text: see this
 * package's notes on hashing ids.
 */
public final class ConditionId {
    private final String value;
    private final int hash;

    public ConditionId(String value) {
        this.value = Ids.require(value, "condition id");
        this.hash = value.hashCode();
    }

    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConditionId other && (this == other || hash == other.hash && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return hash; // the text's hash, as a record of this one component would answer
    }
}
