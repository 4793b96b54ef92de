package astra.polymarket.signing;

/**
 * Who signs an order for its maker. EOA, POLY_PROXY and GNOSIS_SAFE orders carry a plain ECDSA
 * signature by the signer key; POLY_1271 (deposit wallet) carries an ERC-7739 wrapped signature
 * that the wallet contract validates through ERC-1271.
 */
public enum SignatureType {
    EOA(0),
    POLY_PROXY(1),
    POLY_GNOSIS_SAFE(2),
    POLY_1271(3);

    private final int code;

    SignatureType(int code) {
        this.code = code;
    }

    /** The uint8 value signed in the order struct and written in the JSON body. */
    public int code() {
        return code;
    }

    public static SignatureType fromCode(int code) {
        for (SignatureType type : values()) {
            if (type.code == code) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown signature type " + code);
    }
}
