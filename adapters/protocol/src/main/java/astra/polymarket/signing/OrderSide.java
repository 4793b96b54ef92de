package astra.polymarket.signing;

/** An order's side as the exchange contract encodes it: BUY = 0, SELL = 1; "BUY"/"SELL" in JSON. */
public enum OrderSide {
    BUY(0),
    SELL(1);

    private final int code;

    OrderSide(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static OrderSide fromCode(int code) {
        return switch (code) {
            case 0 -> BUY;
            case 1 -> SELL;
            default -> throw new IllegalArgumentException("unknown side code " + code);
        };
    }
}
