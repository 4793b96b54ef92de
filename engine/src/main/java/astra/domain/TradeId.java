package astra.domain;

/** The venue's id of a trade (one match, possibly against several maker orders). */
public record TradeId(String value) {
    public TradeId {
        Ids.require(value, "trade id");
    }

    @Override
    public String toString() {
        return value;
    }
}
