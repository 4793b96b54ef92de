package astra.domain;

/** An outcome token's id (the ERC-1155 position id, a decimal uint256 on the venue). */
public record TokenId(String value) {
    public TokenId {
        Ids.require(value, "token id");
    }

    @Override
    public String toString() {
        return value;
    }

    // Written out, not left to the record: see this package's notes on equals and the JIT.
    @Override
    public boolean equals(Object o) {
        return o instanceof TokenId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode(); // the record's own: its one component's hash
    }
}
