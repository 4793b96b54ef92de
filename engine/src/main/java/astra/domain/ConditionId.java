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
}
