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
}
