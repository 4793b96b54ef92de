package astra.domain;

/** Order side. The venue signs BUY as 0 and SELL as 1 and writes "BUY"/"SELL" in JSON. */
public enum Side {
    BUY(0, 1),
    SELL(1, -1);

    private final int venueCode;
    private final int sign;

    Side(int venueCode, int sign) {
        this.venueCode = venueCode;
        this.sign = sign;
    }

    public int venueCode() {
        return venueCode;
    }

    /** +1 for a buy, −1 for a sell: the sign in markouts and realized spread. */
    public int sign() {
        return sign;
    }

    public Side opposite() {
        return this == BUY ? SELL : BUY;
    }

    public static Side fromVenueCode(int code) {
        return switch (code) {
            case 0 -> BUY;
            case 1 -> SELL;
            default -> throw new IllegalArgumentException("unknown side code " + code);
        };
    }
}
