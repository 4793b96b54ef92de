package astra.domain;

/**
 * An outcome token's id (the ERC-1155 position id, a decimal uint256 on the venue).
 *
 * <p>A value class, not a record, only to keep its hash beside the reference to its text: see this
 * package's notes on hashing ids.
 */
public final class TokenId {
    private final String value;
    private final int hash;

    public TokenId(String value) {
        this.value = Ids.require(value, "token id");
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
        return o instanceof TokenId other && (this == other || hash == other.hash && value.equals(other.value));
    }

    @Override
    public int hashCode() {
        return hash; // the text's hash, as a record of this one component would answer
    }
}
