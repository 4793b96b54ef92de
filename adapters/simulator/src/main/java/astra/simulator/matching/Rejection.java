package astra.simulator.matching;

/**
 * Why the venue refuses an order, each with the venue's error text style. The texts follow the
 * CLOB's error strings where known (balance, tick, minimum size, post-only, FOK); the rest are
 * written in the same style.
 */
public enum Rejection {
    MARKET_NOT_FOUND("market not found for token"),
    MARKET_CLOSED("market is closed and not accepting orders"),
    INVALID_TICK("order is invalid. Price breaks minimum tick size rule"),
    INVALID_SIZE("order is invalid. Size has more than 2 decimals"),
    MIN_SIZE("order is invalid. Size lower than the minimum"),
    MIN_NOTIONAL("order is invalid. Marketable order amount lower than the minimum of $1"),
    INVALID_EXPIRATION("invalid expiration"),
    POST_ONLY_NOT_RESTING("invalid post-only order: post-only is only allowed for GTC and GTD orders"),
    POST_ONLY_CROSSES("invalid post-only order: order crosses book"),
    NOT_ENOUGH_BALANCE("not enough balance / allowance"),
    DUPLICATE_ORDER("order already exists");

    private final String text;

    Rejection(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }
}
